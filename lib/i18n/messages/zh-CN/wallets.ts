export const wallets = {
  title: "钱包",
};
