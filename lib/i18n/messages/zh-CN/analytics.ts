// 数据分析: strings of this area (en/analytics.ts carries the same keys).
export const analytics = {
  title: "数据分析",
};
