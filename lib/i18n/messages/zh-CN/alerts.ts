// 风险预警: strings of this area (en/alerts.ts carries the same keys).
export const alerts = {
  title: "风险预警",
};
