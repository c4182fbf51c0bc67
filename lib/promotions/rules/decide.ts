// Which promotions pay for one event and how much, within every limit: the worker pays what this returns
// and the simulation tallies it, so both agree by construction. Pure: the caller supplies the budget left
// (read under its lock) and the customer's usage so far.
import { shanghaiDay } from "@/lib/time";
import { costOf, pointsWorth } from "@/lib/promotions/reward-value";
import { ineligibleBecause } from "@/lib/promotions/rules/eligibility";
import { rewardFor, rewardSource, rewardSourceKey, type Reward } from "@/lib/promotions/rules/reward";
import type { CustomerFacts, CustomerUsage, DecideRewards, PromotionToRun, RewardDecision, RewardEvent } from "@/lib/promotions/rules/types";

/** Priority 1 first, ties by id, so every caller sees the same order. */
export function byPriority(a: PromotionToRun, b: PromotionToRun): number {
  return a.params.priority - b.params.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The reward cut down to `limitFen` of cost: cash first, then points by their value. */
export function trimToCost(reward: Reward, limitFen: bigint): Reward {
  if (limitFen <= 0n) return { amountFen: 0n, points: 0 };
  const amountFen = reward.amountFen < limitFen ? reward.amountFen : limitFen;
  const points = Math.min(reward.points, pointsWorth(limitFen - amountFen));
  return { amountFen, points };
}

/**
 * One promotion's decision for the event, ignoring stacking: null when it is ineligible, a limit is reached
 * or nothing is left to pay. The per-customer budget and the total budget trim the reward to what is left.
 */
export function decideOne(event: RewardEvent, customer: CustomerFacts, promotion: PromotionToRun, usage: CustomerUsage, day?: string): RewardDecision | null {
  const { params } = promotion;
  if (ineligibleBecause(params, event, customer) !== null) return null;
  if (promotion.stoppedAt != null && event.at.getTime() >= promotion.stoppedAt.getTime()) return null;
  if (params.type === "SIGNUP_BONUS" && usage.rewards > 0) return null;
  if (params.maxRewardsPerCustomer !== null && usage.rewards >= params.maxRewardsPerCustomer) return null;
  if (params.maxRewardsPerCustomerPerDay !== null && usage.rewardsOnDay >= params.maxRewardsPerCustomerPerDay) return null;

  let limitFen = promotion.remainingFen;
  if (params.perCustomerBudgetFen !== null) {
    const customerLeft = BigInt(params.perCustomerBudgetFen) - usage.costFen;
    if (customerLeft < limitFen) limitFen = customerLeft;
  }
  const reward = trimToCost(rewardFor(params, event), limitFen);
  const costFen = costOf(reward.amountFen, reward.points);
  if (costFen <= 0n) return null;
  return {
    promotionId: promotion.id,
    versionId: promotion.versionId,
    source: rewardSource(params, event),
    sourceKey: rewardSourceKey(params, event),
    amountFen: reward.amountFen,
    points: reward.points,
    costFen,
    day: day ?? shanghaiDay(event.at),
  };
}

/**
 * The rewards for one event across the candidates. Stackable promotions pay whenever they can; among the
 * others only the first (by priority) that actually pays does, so a promotion whose budget or limits are
 * spent hands the event on to the next one instead of blocking it.
 */
export const decideRewards: DecideRewards = (event, customer, promotions, usageOf) => {
  let day: string | undefined;
  const decisions: RewardDecision[] = [];
  let exclusivePaid = false;
  for (const promotion of [...promotions].sort(byPriority)) {
    if (exclusivePaid && !promotion.params.stackable) continue;
    const decision = decideOne(event, customer, promotion, usageOf(promotion.id), day);
    if (decision === null) continue;
    day = decision.day;
    decisions.push(decision);
    if (!promotion.params.stackable) exclusivePaid = true;
  }
  return decisions;
};
