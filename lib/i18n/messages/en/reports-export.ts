// Report files: the same keys as zh-CN/reports-export.ts.
import type { Messages } from "../zh-CN";

export const reportsExport: Messages["reportsExport"] = {
  title: "Report files",
};
