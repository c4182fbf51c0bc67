// 预警调查: strings of this area (en/alert-case.ts carries the same keys).
export const alertCase = {
  title: "预警调查",
};
