// 监管报告: list, detail frame, customer 360 card, overview counts (helper "pages"). en/reports.ts carries the same keys.
export const reports = {
  title: "监管报告",
};
