import type { Messages } from "../zh-CN";

export const customers: Messages["customers"] = {
  title: "Customers",
};
