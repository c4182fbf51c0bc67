// Analytics: the same keys as zh-CN/analytics.ts.
import type { Messages } from "../zh-CN";

export const analytics: Messages["analytics"] = {
  title: "Analytics",
};
