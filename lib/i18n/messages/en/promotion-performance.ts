import type { Messages } from "../zh-CN";

export const promotionPerformance: Messages["promotionPerformance"] = {
  title: "Performance",
};
