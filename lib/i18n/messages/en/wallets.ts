import type { Messages } from "../zh-CN";

export const wallets: Messages["wallets"] = {
  title: "Wallet",
};
