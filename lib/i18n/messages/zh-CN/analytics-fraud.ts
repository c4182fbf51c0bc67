// 风险报告: strings of this area (en/analytics-fraud.ts carries the same keys).
export const analyticsFraud = {
  title: "风险报告",
};
