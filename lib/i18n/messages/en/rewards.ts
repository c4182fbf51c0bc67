import type { Messages } from "../zh-CN";

export const rewards: Messages["rewards"] = {
  title: "Rewards",
};
