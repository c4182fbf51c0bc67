// 复核与报送流程: workflow actions, review thread, history (helper "review"). en/reports-review.ts carries the same keys.
export const reportsReview = {
  title: "复核与报送流程",
};
