import type { Messages } from "../zh-CN";

export const alerts: Messages["alerts"] = {
  title: "Fraud alerts",
};
