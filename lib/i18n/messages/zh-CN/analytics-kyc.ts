// 实名转化与审核团队: strings of this area (en/analytics-kyc.ts carries the same keys).
export const analyticsKyc = {
  title: "实名转化与审核团队",
};
