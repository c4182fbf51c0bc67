// What the reward worker (lib/promotions/rewards) is told and what it reports. The fraud worker's batch
// commit calls applyRewards in its own transaction; the seed and the worker's idle work call sweepBonuses.
import type { PromotionStatus } from "@/lib/generated/prisma/enums";
import type { PromotionToRun, RewardDecision } from "@/lib/promotions/rules/types";

export interface RewardOptions {
  /** Which promotion statuses pay (default ACTIVE). The seed replays history with ACTIVE, PAUSED and ENDED:
   *  the window (startsAt <= event < endsAt) is always checked on the event's own time. */
  statuses?: readonly PromotionStatus[];
  /** Reward, credit and claw-back rows carry the event's time instead of now() (the seed replays history). */
  backdate?: boolean;
  /** Ask the abuse guard (default true). */
  abuseGuard?: boolean;
  /** Benchmarks only: read, lock and decide, write nothing (the evaluation's own cost). */
  evaluateOnly?: boolean;
}

export const DEFAULT_REWARD_STATUSES: readonly PromotionStatus[] = ["ACTIVE"];

/** A promotion locked for this transaction, with what its budget has left as rewards are accepted. */
export interface RunningPromotion extends PromotionToRun {
  name: string;
  budgetFen: bigint;
  spentFen: bigint;
}

/** A decision the worker is about to write, with the event it rewards. */
export interface PendingReward extends RewardDecision {
  customerId: string;
  walletId: string;
  /** The rewarded payment (payment rewards and the first-payment bonus); null for activation and card-link bonuses. */
  transactionId: bigint | null;
  at: Date;
}

export interface RewardTotals {
  /** Rewards written (paid or held) and of those held by the abuse guard. */
  rewards: number;
  held: number;
  /** Cash credited and points granted by paid rewards. */
  paidFen: bigint;
  points: bigint;
  /** Claw-backs written (one per reward and refund) and the cash and points they took back. */
  clawbacks: number;
  clawedBackFen: bigint;
  clawedBackPoints: bigint;
  /** HELD rewards forfeited because their payment was refunded. */
  forfeited: number;
}

export function emptyTotals(): RewardTotals {
  return { rewards: 0, held: 0, paidFen: 0n, points: 0n, clawbacks: 0, clawedBackFen: 0n, clawedBackPoints: 0n, forfeited: 0 };
}
