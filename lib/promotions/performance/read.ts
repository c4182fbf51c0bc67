// A running promotion's performance, with any Prisma client (the page through queries.ts, the guard, tests).
// Every figure comes from promotion_reward and transaction over indexed reads:
// - rewards per day, participants, fraud share: promotion_reward by promotion_id (its (promotion_id, ...)
//   indexes; the participants' first days are an index-only scan of (promotion_id, customer_id, day)), and
//   fraud_alert by (customer_id, created_at) for the open-alert test;
// - spend before/during: transaction by (type, created_at, id), the two windows' payments, grouped per wallet.
// Fine for the demo's few hundred customers and some thousand rewards. At bank scale (millions of rewards and
// customers) the per-day reward sums and the per-customer spend would come from rollups kept by the writers
// (issue 13: reward_daily_rollup, customer_spend_daily), the comparison would sample the non-participants per
// stratum instead of reading every customer, and the page would be cached per promotion for a few minutes.
//
// "Cost" is always the net committed cost, as promotion.spent_fen counts it: PAID and HELD rewards (and the
// rest of a partly clawed-back one) less what was clawed back, points at POINT_VALUE_FEN; FORFEITED rewards
// cost nothing.
import { Prisma } from "@/lib/generated/prisma/client";
import type { PromotionStatus } from "@/lib/generated/prisma/enums";
import { compareSpend, type CustomerSpend, type SpendComparison } from "@/lib/promotions/performance/comparison";
import { readGuardFinding, type GuardFinding } from "@/lib/promotions/performance/finding";
import { burnSeries, forecastBurn, type BurnForecast, type BurnPoint, type DailyCost } from "@/lib/promotions/performance/forecast";
import { POINT_VALUE_FEN } from "@/lib/promotions/reward-value";
import { shanghaiDay } from "@/lib/time";

type Reader = Pick<Prisma.TransactionClient, "$queryRaw" | "promotion">;

/** The reward's net cost in SQL, over promotion_reward aliased r. */
export const NET_COST = Prisma.sql`(r.cost_fen - r.clawed_back_fen - r.clawed_back_points::bigint * ${POINT_VALUE_FEN})`;
/** Alerts that are still a suspicion (not closed as false positive or confirmed-and-handled). */
const OPEN_ALERT = Prisma.sql`a.status IN ('OPEN', 'INVESTIGATING', 'ESCALATED')`;

export interface DailyRewards extends DailyCost {
  rewards: number;
  cashFen: bigint;
  points: number;
}

export async function readDailyRewards(db: Reader, promotionId: string): Promise<DailyRewards[]> {
  const rows = await db.$queryRaw<{ day: string; rewards: number; cash_fen: bigint; points: bigint; cost_fen: bigint }[]>`
    SELECT to_char(r.day, 'YYYY-MM-DD') AS day, count(*)::int AS rewards,
           sum(r.amount_fen - r.clawed_back_fen)::bigint AS cash_fen,
           sum(r.points - r.clawed_back_points)::bigint AS points,
           sum(${NET_COST})::bigint AS cost_fen
    FROM promotion_reward r
    WHERE r.promotion_id = ${promotionId} AND r.status <> 'FORFEITED'
    GROUP BY r.day ORDER BY r.day`;
  return rows.map((r) => ({ day: r.day, rewards: r.rewards, cashFen: r.cash_fen, points: Number(r.points), costFen: r.cost_fen }));
}

/** New participants per day (by their first reward's day). */
export async function readNewParticipants(db: Reader, promotionId: string): Promise<{ day: string; customers: number }[]> {
  return db.$queryRaw<{ day: string; customers: number }[]>`
    SELECT to_char(first_day, 'YYYY-MM-DD') AS day, count(*)::int AS customers
    FROM (SELECT r.customer_id, min(r.day) AS first_day FROM promotion_reward r
          WHERE r.promotion_id = ${promotionId} AND r.status <> 'FORFEITED' GROUP BY r.customer_id) f
    GROUP BY first_day ORDER BY first_day`;
}

export interface FraudShare {
  rewards: number;
  /** Distinct days with rewards. */
  days: number;
  costFen: bigint;
  /** Cost of rewards to customers who have an OPEN, INVESTIGATING or ESCALATED alert now. */
  flaggedCostFen: bigint;
  flaggedCustomers: number;
}

export async function readFraudShare(db: Reader, promotionId: string): Promise<FraudShare> {
  const [row] = await db.$queryRaw<{ rewards: number; days: number; cost_fen: bigint; flagged_fen: bigint; flagged_customers: number }[]>`
    SELECT count(*)::int AS rewards, count(DISTINCT x.day)::int AS days,
           coalesce(sum(x.net), 0)::bigint AS cost_fen,
           coalesce(sum(x.net) FILTER (WHERE x.flagged), 0)::bigint AS flagged_fen,
           count(DISTINCT x.customer_id) FILTER (WHERE x.flagged)::int AS flagged_customers
    FROM (SELECT r.day, r.customer_id, ${NET_COST} AS net,
                 EXISTS (SELECT 1 FROM fraud_alert a WHERE a.customer_id = r.customer_id AND ${OPEN_ALERT}) AS flagged
          FROM promotion_reward r
          WHERE r.promotion_id = ${promotionId} AND r.status <> 'FORFEITED') x`;
  if (!row) throw new Error("an aggregate returns one row");
  return { rewards: row.rewards, days: row.days, costFen: row.cost_fen, flaggedCostFen: row.flagged_fen, flaggedCustomers: row.flagged_customers };
}

/** The share in percent with one decimal (what the guard compares with params.fraudShareLimitPercent). */
export function fraudSharePercent(share: Pick<FraudShare, "costFen" | "flaggedCostFen">): number {
  if (share.costFen <= 0n) return 0;
  return Number((share.flaggedCostFen * 1000n) / share.costFen) / 10;
}

export interface SpendWindows {
  beforeStart: Date;
  /** Where the "before" window ends: the campaign's start (the default, `start`), when `start` is later. */
  beforeEnd?: Date;
  start: Date;
  end: Date;
}

/** The campaign so far and the same length of time before it; null before it has run at all. */
export function spendWindows(startsAt: Date, endsAt: Date, now: Date): SpendWindows | null {
  const end = new Date(Math.min(endsAt.getTime(), now.getTime()));
  if (end <= startsAt) return null;
  return { beforeStart: new Date(startsAt.getTime() - (end.getTime() - startsAt.getTime())), start: startsAt, end };
}

/**
 * For a report over [from, to) (the analytics' period): the part of the campaign that falls in it, and as
 * many days just before the campaign started as the baseline, so "before" never holds campaign days. Null
 * when the campaign did not run in the period.
 */
export function periodSpendWindows(startsAt: Date, stoppedAt: Date, from: Date, to: Date): SpendWindows | null {
  const start = new Date(Math.max(startsAt.getTime(), from.getTime()));
  const end = new Date(Math.min(stoppedAt.getTime(), to.getTime()));
  if (end <= start) return null;
  return { beforeStart: new Date(startsAt.getTime() - (end.getTime() - start.getTime())), beforeEnd: startsAt, start, end };
}

/** Rewards on Shanghai days from..to (both included): which ones make a customer a participant and count as cost. */
export interface RewardDays {
  from: string;
  to: string;
}

/**
 * Each customer's successful payments in both windows, tier, province, and whether (and at what cost) they
 * took part. Only wallets activated before the earlier window starts, so nobody's "before" is short.
 */
export async function readCustomerSpend(db: Reader, promotionId: string, w: SpendWindows, rewardDays?: RewardDays): Promise<CustomerSpend[]> {
  const beforeEnd = w.beforeEnd ?? w.start;
  const inDays = rewardDays ? Prisma.sql`AND r.day BETWEEN ${rewardDays.from}::date AND ${rewardDays.to}::date` : Prisma.empty;
  const rows = await db.$queryRaw<{ customer_id: string; tier: number; province: string; before_fen: bigint; during_fen: bigint; participant: boolean; cost_fen: bigint }[]>`
    WITH spend AS (
      SELECT t.wallet_id,
             coalesce(sum(t.amount_fen) FILTER (WHERE t.created_at < ${beforeEnd}), 0)::bigint AS before_fen,
             coalesce(sum(t.amount_fen) FILTER (WHERE t.created_at >= ${w.start}), 0)::bigint AS during_fen
      FROM "transaction" t
      WHERE t.type = 'PAYMENT' AND t.status = 'SUCCEEDED' AND t.created_at >= ${w.beforeStart} AND t.created_at < ${w.end}
        AND (t.created_at < ${beforeEnd} OR t.created_at >= ${w.start})
      GROUP BY t.wallet_id
    ), takers AS (
      SELECT r.customer_id, sum(${NET_COST})::bigint AS cost_fen
      FROM promotion_reward r WHERE r.promotion_id = ${promotionId} AND r.status <> 'FORFEITED' ${inDays}
      GROUP BY r.customer_id
    )
    SELECT c.id AS customer_id, w.tier::int AS tier, c.province,
           coalesce(s.before_fen, 0)::bigint AS before_fen, coalesce(s.during_fen, 0)::bigint AS during_fen,
           (k.customer_id IS NOT NULL) AS participant, coalesce(k.cost_fen, 0)::bigint AS cost_fen
    FROM wallet w
    JOIN customer c ON c.id = w.customer_id
    LEFT JOIN spend s ON s.wallet_id = w.id
    LEFT JOIN takers k ON k.customer_id = c.id
    WHERE w.activated_at IS NOT NULL AND w.activated_at < ${w.beforeStart}
    ORDER BY c.id`;
  return rows.map((r) => ({ customerId: r.customer_id, tier: r.tier, province: r.province, beforeFen: r.before_fen, duringFen: r.during_fen, participant: r.participant, costFen: r.cost_fen }));
}

export interface PromotionPerformance {
  id: string;
  name: string;
  status: PromotionStatus;
  pauseReason: string | null;
  guardFinding: GuardFinding | null;
  budgetFen: bigint;
  spentFen: bigint;
  startsAt: Date;
  endsAt: Date;
  fraudShareLimitPercent: number;
  now: Date;
  daily: DailyRewards[];
  /** Per day from the start through today: new and cumulative participants. */
  participants: { day: string; new: number; total: number }[];
  forecast: BurnForecast;
  burn: BurnPoint[];
  fraud: FraudShare;
  comparison: (SpendComparison & { windows: SpendWindows }) | null;
}

function limitFromParams(params: unknown): number {
  const v = params && typeof params === "object" ? (params as Record<string, unknown>).fraudShareLimitPercent : undefined;
  return typeof v === "number" ? v : 100;
}

/** Everything the performance page shows; null for an unknown promotion. */
export async function readPerformance(db: Reader, promotionId: string, now: Date): Promise<PromotionPerformance | null> {
  const promotion = await db.promotion.findUnique({
    where: { id: promotionId },
    select: { id: true, name: true, status: true, pauseReason: true, guardFinding: true, budgetFen: true, spentFen: true, startsAt: true, endsAt: true, params: true, pausedAt: true, endedAt: true },
  });
  if (!promotion) return null;
  // The measured window stops where the promotion stopped paying: now, or when it ended.
  const until = promotion.endedAt && promotion.endedAt < now ? promotion.endedAt : now;
  // One after another: the embedded database is one session, and these are a few milliseconds each.
  const daily = await readDailyRewards(db, promotionId);
  const firsts = await readNewParticipants(db, promotionId);
  const fraud = await readFraudShare(db, promotionId);
  const forecast = forecastBurn({ budgetFen: promotion.budgetFen, spentFen: promotion.spentFen, daily, startsAt: promotion.startsAt, endsAt: promotion.endsAt, now: until });
  const burn = burnSeries({ budgetFen: promotion.budgetFen, daily, startsAt: promotion.startsAt, endsAt: promotion.endsAt, now: until, ratePerDayFen: promotion.status === "ACTIVE" ? forecast.ratePerDayFen : null });
  const byDay = new Map(firsts.map((f) => [f.day, f.customers]));
  let total = 0;
  const today = shanghaiDay(until);
  const participants = burn
    .filter((b) => b.day <= today)
    .map((b) => {
      const added = byDay.get(b.day) ?? 0;
      total += added;
      return { day: b.day, new: added, total };
    });
  const windows = spendWindows(promotion.startsAt, promotion.endsAt, until);
  const comparison = windows ? { ...compareSpend(await readCustomerSpend(db, promotionId, windows)), windows } : null;
  return {
    id: promotion.id,
    name: promotion.name,
    status: promotion.status,
    pauseReason: promotion.pauseReason,
    guardFinding: readGuardFinding(promotion.guardFinding),
    budgetFen: promotion.budgetFen,
    spentFen: promotion.spentFen,
    startsAt: promotion.startsAt,
    endsAt: promotion.endsAt,
    fraudShareLimitPercent: limitFromParams(promotion.params),
    now: until,
    daily,
    participants,
    forecast,
    burn,
    fraud,
    comparison,
  };
}
