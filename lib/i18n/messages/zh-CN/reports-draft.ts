// 可疑交易报告编写: STR drafting form, case exclusion (helper "str"). en/reports-draft.ts carries the same keys.
export const reportsDraft = {
  title: "可疑交易报告编写",
};
