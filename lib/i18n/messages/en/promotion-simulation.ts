import type { Messages } from "../zh-CN";

export const promotionSimulation: Messages["promotionSimulation"] = {
  title: "Simulation",
};
