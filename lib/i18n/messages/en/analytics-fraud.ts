// Fraud report: the same keys as zh-CN/analytics-fraud.ts.
import type { Messages } from "../zh-CN";

export const analyticsFraud: Messages["analyticsFraud"] = {
  title: "Fraud report",
};
