// Reporting rules and working calendar: the same keys as zh-CN/reports-rules.ts.
import type { Messages } from "../zh-CN";

export const reportsRules: Messages["reportsRules"] = {
  title: "Reporting rules and working calendar",
};
