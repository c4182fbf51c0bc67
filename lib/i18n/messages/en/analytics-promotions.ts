// Promotion report: the same keys as zh-CN/analytics-promotions.ts.
import type { Messages } from "../zh-CN";

export const analyticsPromotions: Messages["analyticsPromotions"] = {
  title: "Promotion report",
};
