// The promotion report (/analytics/promotions): the campaigns that ran in a period side by side, with any
// Prisma client. Cost, reach and rewards come from promotion_reward by the rewards' Shanghai day (index
// (promotion_id, customer_id, day)); the spend lift is the performance page's own difference in differences
// (lib/promotions/performance: readCustomerSpend + compareSpend), measured per promotion over the part of the
// campaign that falls in the period against as many days just before the campaign began. There are few
// promotions, so one comparison each.
//
// "Cost" is the performance page's: the net committed cost (PAID and HELD rewards, and what is left of a
// partly clawed-back one, less clawbacks; points at their value; FORFEITED rewards cost nothing) of the
// rewards earned on the period's days.
import { Prisma } from "@/lib/generated/prisma/client";
import type { PromotionStatus } from "@/lib/generated/prisma/enums";
import type { DayRange } from "@/lib/analytics/period";
import { compareSpend, type SpendComparison } from "@/lib/promotions/performance/comparison";
import { NET_COST, periodSpendWindows, readCustomerSpend } from "@/lib/promotions/performance/read";
import { addDaysToDay, startOfShanghaiDay } from "@/lib/time";

type Reader = Pick<Prisma.TransactionClient, "$queryRaw" | "promotion">;

/** Statuses whose promotions have paid (or could have paid) rewards. */
const LIVE: PromotionStatus[] = ["ACTIVE", "PAUSED", "ENDED"];

export interface PromotionRow {
  id: string;
  name: string;
  status: PromotionStatus;
  startsAt: Date;
  endsAt: Date;
  /** Net reward cost of the rewards earned in the period (fen). */
  costFen: bigint;
  /** Customers rewarded in the period. */
  reach: number;
  rewards: number;
  /** The difference-in-differences measurement, null when the campaign did not run in the period. */
  comparison: SpendComparison | null;
  /** Incremental spend (fen, may be negative); null when nobody could be measured. */
  incrementalFen: number | null;
  /** Reward cost (of the measured participants) per yuan of incremental spend, in fen; null without a lift. */
  costPerIncrementalYuanFen: number | null;
}

export interface PromotionTotals {
  costFen: bigint;
  /** Distinct customers rewarded by any promotion in the period (not the sum of the rows). */
  reach: number;
  rewards: number;
  /** Sum of the measured promotions' incremental spend. */
  incrementalFen: number;
  /** Matched participants' cost over the summed incremental spend, fen per yuan; null without a lift. */
  costPerIncrementalYuanFen: number | null;
  measured: number;
}

export interface DailyPromotionCost {
  day: string;
  promotionId: string;
  costFen: bigint;
}

/** [from 00:00, to + 1 day 00:00) in Shanghai. */
export function periodInstants(range: DayRange): { from: Date; to: Date } {
  return { from: startOfShanghaiDay(range.from), to: startOfShanghaiDay(addDaysToDay(range.to, 1)) };
}

interface Candidate {
  id: string;
  name: string;
  status: PromotionStatus;
  starts_at: Date;
  ends_at: Date;
  ended_at: Date | null;
  cost_fen: bigint;
  reach: number;
  rewards: number;
}

/** The promotions that ran in the period (live ones whose window overlaps it, or any with rewards on its days). */
async function readCandidates(db: Reader, range: DayRange): Promise<Candidate[]> {
  const { from, to } = periodInstants(range);
  return db.$queryRaw<Candidate[]>`
    WITH rewarded AS (
      SELECT r.promotion_id, sum(${NET_COST})::bigint AS cost_fen, count(DISTINCT r.customer_id)::int AS reach, count(*)::int AS rewards
      FROM promotion_reward r
      WHERE r.day BETWEEN ${range.from}::date AND ${range.to}::date AND r.status <> 'FORFEITED'
      GROUP BY r.promotion_id
    )
    SELECT p.id, p.name, p.status::text AS status, p.starts_at, p.ends_at, p.ended_at,
           coalesce(x.cost_fen, 0)::bigint AS cost_fen, coalesce(x.reach, 0)::int AS reach, coalesce(x.rewards, 0)::int AS rewards
    FROM promotion p
    LEFT JOIN rewarded x ON x.promotion_id = p.id
    WHERE x.promotion_id IS NOT NULL
       OR (p.status::text IN (${Prisma.join(LIVE)}) AND p.starts_at < ${to} AND coalesce(p.ended_at, p.ends_at) > ${from})
    ORDER BY cost_fen DESC, p.starts_at, p.id`;
}

/** Each promotion of the period with its cost, reach, rewards and spend lift (as of `now`). */
export async function readPromotionRows(db: Reader, range: DayRange, now: Date): Promise<PromotionRow[]> {
  const candidates = await readCandidates(db, range);
  const { from, to } = periodInstants(range);
  const rows: PromotionRow[] = [];
  // One after another: the embedded database is one session.
  for (const c of candidates) {
    const stopped = new Date(Math.min(now.getTime(), (c.ended_at ?? c.ends_at).getTime()));
    const windows = LIVE.includes(c.status) ? periodSpendWindows(c.starts_at, stopped, from, to) : null;
    const comparison = windows ? compareSpend(await readCustomerSpend(db, c.id, windows, range)) : null;
    const measured = comparison && comparison.matched > 0 ? comparison : null;
    rows.push({
      id: c.id,
      name: c.name,
      status: c.status,
      startsAt: c.starts_at,
      endsAt: c.ends_at,
      costFen: c.cost_fen,
      reach: c.reach,
      rewards: c.rewards,
      comparison,
      incrementalFen: measured ? measured.incrementalFen : null,
      costPerIncrementalYuanFen: measured && measured.costPerIncrementalYuan !== null ? measured.costPerIncrementalYuan * 100 : null,
    });
  }
  return rows;
}

export async function readDistinctReach(db: Reader, range: DayRange): Promise<number> {
  const [row] = await db.$queryRaw<{ reach: number }[]>`
    SELECT count(DISTINCT r.customer_id)::int AS reach FROM promotion_reward r
    WHERE r.day BETWEEN ${range.from}::date AND ${range.to}::date AND r.status <> 'FORFEITED'`;
  return row?.reach ?? 0;
}

/** The report's totals from its rows (reach read apart: a customer rewarded by two promotions counts once). */
export function totalsOf(rows: readonly PromotionRow[], reach: number): PromotionTotals {
  const measured = rows.filter((r) => r.incrementalFen !== null && r.comparison);
  const incrementalFen = measured.reduce((sum, r) => sum + (r.incrementalFen ?? 0), 0);
  const matchedCostFen = measured.reduce((sum, r) => sum + (r.comparison?.matchedCostFen ?? 0), 0);
  return {
    costFen: rows.reduce((sum, r) => sum + r.costFen, 0n),
    reach,
    rewards: rows.reduce((n, r) => n + r.rewards, 0),
    incrementalFen,
    costPerIncrementalYuanFen: incrementalFen > 0 ? (matchedCostFen / incrementalFen) * 100 : null,
    measured: measured.length,
  };
}

/** Net reward cost per Shanghai day and promotion, over the period's days (days without rewards absent). */
export async function readDailyCost(db: Reader, range: DayRange): Promise<DailyPromotionCost[]> {
  const rows = await db.$queryRaw<{ day: string; promotion_id: string; cost_fen: bigint }[]>`
    SELECT to_char(r.day, 'YYYY-MM-DD') AS day, r.promotion_id, sum(${NET_COST})::bigint AS cost_fen
    FROM promotion_reward r
    WHERE r.day BETWEEN ${range.from}::date AND ${range.to}::date AND r.status <> 'FORFEITED'
    GROUP BY r.day, r.promotion_id ORDER BY r.day, r.promotion_id`;
  return rows.map((r) => ({ day: r.day, promotionId: r.promotion_id, costFen: r.cost_fen }));
}

export interface PromotionReport {
  range: DayRange;
  rows: PromotionRow[];
  totals: PromotionTotals;
}

export async function readPromotionReport(db: Reader, range: DayRange, now: Date): Promise<PromotionReport> {
  const rows = await readPromotionRows(db, range, now);
  const reach = await readDistinctReach(db, range);
  return { range, rows, totals: totalsOf(rows, reach) };
}

export const REPORT_SORTS = ["cost", "reach", "incremental", "costPerYuan"] as const;
export type ReportSort = (typeof REPORT_SORTS)[number];

/** Largest first; for cost per incremental yuan the cheapest first. Rows without a figure go last. */
export function sortRows(rows: readonly PromotionRow[], sort: ReportSort): PromotionRow[] {
  const value = (r: PromotionRow): number | null => {
    switch (sort) {
      case "cost":
        return Number(r.costFen);
      case "reach":
        return r.reach;
      case "incremental":
        return r.incrementalFen;
      case "costPerYuan":
        return r.costPerIncrementalYuanFen === null ? null : -r.costPerIncrementalYuanFen;
    }
  };
  return [...rows].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    if (x === null || y === null) return x === null ? (y === null ? a.id.localeCompare(b.id) : 1) : -1;
    return y - x || a.id.localeCompare(b.id);
  });
}

export function readSort(value: string | string[] | undefined): ReportSort {
  const v = Array.isArray(value) ? value[0] : value;
  return (REPORT_SORTS as readonly string[]).includes(v ?? "") ? (v as ReportSort) : "cost";
}
