import type { Messages } from "../zh-CN";

export const rules: Messages["rules"] = {
  title: "Fraud rules",
};
