// 活动审批: strings of this area (en/promotion-review.ts carries the same keys).
export const promotionReview = {
  title: "活动审批",
};
