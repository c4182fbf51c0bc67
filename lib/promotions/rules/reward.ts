// What one event earns from a promotion before the per-customer limits and the budget: the type's formula
// and, for percentage cashback, its cap per payment. Exact integer maths: fen and points round down.
import type { RewardSource } from "@/lib/generated/prisma/enums";
import type { PromotionParams } from "@/lib/promotions/params";
import { BASE_POINTS_PER_YUAN } from "@/lib/promotions/reward-value";
import type { RewardEvent } from "@/lib/promotions/rules/types";

export interface Reward {
  amountFen: bigint;
  points: number;
}

const NOTHING: Reward = { amountFen: 0n, points: 0 };

/** The reward for the event (nothing when the type does not reward this kind of event). Eligibility is the caller's. */
export function rewardFor(params: PromotionParams, event: RewardEvent): Reward {
  switch (params.type) {
    case "CASHBACK_PERCENT": {
      if (event.kind !== "PAYMENT" || params.percentBps === null) return NOTHING;
      const raw = (event.amountFen * BigInt(params.percentBps)) / 10_000n;
      const cap = params.perTransactionCapFen === null ? raw : BigInt(params.perTransactionCapFen);
      return { amountFen: raw < cap ? raw : cap, points: 0 };
    }
    case "CASHBACK_FIXED": {
      if (event.kind !== "PAYMENT" || params.thresholdFen === null || params.rewardFen === null) return NOTHING;
      return event.amountFen >= BigInt(params.thresholdFen) ? { amountFen: BigInt(params.rewardFen), points: 0 } : NOTHING;
    }
    case "POINTS_MULTIPLIER": {
      if (event.kind !== "PAYMENT" || params.multiplierX100 === null || event.amountFen <= 0n) return NOTHING;
      // Extra points on top of the base earn: whole yuan x base rate x (multiplier - 1), rounded down.
      const wholeYuan = event.amountFen / 100n;
      const extra = (wholeYuan * BigInt(BASE_POINTS_PER_YUAN) * BigInt(params.multiplierX100 - 100)) / 100n;
      return { amountFen: 0n, points: Number(extra) };
    }
    case "SIGNUP_BONUS": {
      if (params.rewardFen === null) return NOTHING;
      const triggered = event.kind === "PAYMENT" ? params.bonusTrigger === "FIRST_PAYMENT" && event.firstPayment : params.bonusTrigger === event.kind;
      return triggered ? { amountFen: BigInt(params.rewardFen), points: 0 } : NOTHING;
    }
  }
}

/** What a reward is recorded as: a payment's cashback or points, or which bonus. */
export function rewardSource(params: Pick<PromotionParams, "type">, event: RewardEvent): RewardSource {
  if (event.kind !== "PAYMENT") return event.kind;
  return params.type === "SIGNUP_BONUS" ? "FIRST_PAYMENT" : "PAYMENT";
}

/** The idempotency key: one reward per payment per promotion, one bonus per customer per promotion. */
export function rewardSourceKey(params: Pick<PromotionParams, "type">, event: RewardEvent): string {
  return params.type === "SIGNUP_BONUS" || event.kind !== "PAYMENT" ? `customer:${event.customerId}` : `tx:${event.transactionId}`;
}
