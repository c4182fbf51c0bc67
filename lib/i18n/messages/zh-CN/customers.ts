export const customers = {
  title: "客户",
};
