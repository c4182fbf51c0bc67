// Drafting a suspicious-transaction report: the same keys as zh-CN/reports-draft.ts.
import type { Messages } from "../zh-CN";

export const reportsDraft: Messages["reportsDraft"] = {
  title: "Drafting a suspicious-transaction report",
};
