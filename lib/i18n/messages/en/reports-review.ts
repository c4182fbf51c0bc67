// Review and filing: the same keys as zh-CN/reports-review.ts.
import type { Messages } from "../zh-CN";

export const reportsReview: Messages["reportsReview"] = {
  title: "Review and filing",
};
