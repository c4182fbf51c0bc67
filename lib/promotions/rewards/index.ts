// Rewards (issue 12): applied by the fraud scoring worker in each batch's transaction (applyRewards), the
// activation and card-link bonuses swept in its idle work (sweepBonuses), refunds clawed back in the batch
// that scores them. See apply.ts, bonuses.ts, clawback.ts.
export { applyRewards } from "@/lib/promotions/rewards/apply";
export { sweepBonuses, type SweepOptions } from "@/lib/promotions/rewards/bonuses";
export { promotionsIdleWork } from "@/lib/promotions/rewards/idle";
export { DEFAULT_REWARD_STATUSES, type RewardOptions, type RewardTotals } from "@/lib/promotions/rewards/types";
export { rewardsNeededSql } from "@/lib/promotions/rewards/promotions";
