// Regulatory reports: the same keys as zh-CN/reports.ts.
import type { Messages } from "../zh-CN";

export const reports: Messages["reports"] = {
  title: "Regulatory reports",
};
