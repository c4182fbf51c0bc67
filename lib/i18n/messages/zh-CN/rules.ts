// 风控规则: strings of this area (en/rules.ts carries the same keys).
export const rules = {
  title: "风控规则",
};
