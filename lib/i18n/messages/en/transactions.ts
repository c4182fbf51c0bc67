import type { Messages } from "../zh-CN";

export const transactions: Messages["transactions"] = {
  title: "Transactions",
};
