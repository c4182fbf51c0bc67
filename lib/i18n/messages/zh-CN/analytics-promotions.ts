// 营销活动报告: strings of this area (en/analytics-promotions.ts carries the same keys).
export const analyticsPromotions = {
  title: "营销活动报告",
};
