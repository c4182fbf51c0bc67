// 奖励: strings of this area (en/rewards.ts carries the same keys).
export const rewards = {
  title: "奖励",
};
