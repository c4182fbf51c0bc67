// 活动效果: strings of this area (en/promotion-performance.ts carries the same keys).
export const promotionPerformance = {
  title: "活动效果",
};
