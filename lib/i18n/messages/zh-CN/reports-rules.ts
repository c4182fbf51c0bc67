// 报告规则与工作日历: thresholds, calendar, detection (helper "detection"). en/reports-rules.ts carries the same keys.
export const reportsRules = {
  title: "报告规则与工作日历",
};
