export const transactions = {
  title: "交易",
};
