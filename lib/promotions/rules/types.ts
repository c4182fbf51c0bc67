// The contract between the promotions' pure rules (eligibility, reward, caps, stacking) and their callers:
// the worker that pays rewards (lib/promotions/rewards) and the simulation that replays a draft over past
// transactions (lib/promotions/simulation). Both hand the rules the same facts, so a simulation predicts
// what the worker would pay.
import type { RewardSource, TransactionChannel } from "@/lib/generated/prisma/enums";
import type { PromotionParams } from "@/lib/promotions/params";

/** Something a promotion can reward: a successful payment, or a customer's wallet activation or first card link. */
export type RewardEvent =
  | {
      kind: "PAYMENT";
      transactionId: bigint;
      walletId: string;
      customerId: string;
      amountFen: bigint;
      channel: TransactionChannel;
      mcc: string | null;
      at: Date;
      /** No earlier successful payment from this wallet (the FIRST_PAYMENT bonus). */
      firstPayment: boolean;
    }
  | {
      kind: "WALLET_ACTIVATION" | "CARD_LINK";
      walletId: string;
      customerId: string;
      at: Date;
    };

/** What eligibility asks of the customer at the time of the event. */
export interface CustomerFacts {
  customerId: string;
  /** Account tier 1-3 (I, II, III 类账户). */
  tier: number;
  /** Province as the customer's record holds it ("广东省"). */
  province: string;
  registeredAt: Date;
}

/** A promotion the rules may apply: the parameters of the version that would pay and its budget state. */
export interface PromotionToRun {
  id: string;
  versionId: string;
  params: PromotionParams;
  /** What the budget has left now (budgetFen - spentFen under the caller's lock, or the simulation's tally). */
  remainingFen: bigint;
  /**
   * Optional: the instant it stopped paying before endsAt (pausedAt of a PAUSED one, endedAt of one ended
   * early), for callers that replay history; events at or after it earn nothing (code WINDOW).
   */
  stoppedAt?: Date | null;
}

/** What this customer has already had from one promotion, counted the way the limits count. */
export interface CustomerUsage {
  rewards: number;
  /** Rewards on the event's Asia/Shanghai day. */
  rewardsOnDay: number;
  costFen: bigint;
}

export const NO_USAGE: CustomerUsage = { rewards: 0, rewardsOnDay: 0, costFen: 0n };

/** One reward to pay, already within every cap. */
export interface RewardDecision {
  promotionId: string;
  versionId: string;
  source: RewardSource;
  /** "tx:<transactionId>" for a payment reward, "customer:<customerId>" for a once-per-customer bonus. */
  sourceKey: string;
  amountFen: bigint;
  points: number;
  /** amountFen plus the points' value (reward-value.ts). */
  costFen: bigint;
  /** The event's Asia/Shanghai day, YYYY-MM-DD. */
  day: string;
}

/**
 * The signatures lib/promotions/rules implements (rules/decide.ts):
 *
 *   decideRewards(event, customer, promotions, usageOf): RewardDecision[]
 *     promotions: the candidates in any order; the rules sort them by priority (1 first) then id.
 *     usageOf(promotionId): what the customer already had from it (the caller's tally, kept current by the
 *       caller as it accepts decisions for earlier events of the same batch).
 *     Applies: the window (startsAt <= at < endsAt), eligibility, the reward amount and its per-payment cap,
 *     the per-customer count, per-day count and per-customer budget, the remaining total budget (a reward
 *     is trimmed to what is left, and none is paid when nothing is), and stacking: the first eligible
 *     non-stackable promotion that pays excludes the other non-stackable ones; stackable ones pay besides.
 */
export type DecideRewards = (
  event: RewardEvent,
  customer: CustomerFacts,
  promotions: readonly PromotionToRun[],
  usageOf: (promotionId: string) => CustomerUsage,
) => RewardDecision[];
