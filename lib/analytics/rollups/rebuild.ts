// The rollups the transaction writer cannot keep, and the rebuild of any range from the raw tables.
// - refreshWalletAndFunnelRollups: daily new wallets (from wallet.activated_at), the weekly onboarding
//   funnel of recent cohorts (their customers move on through the steps for weeks), and the hourly cube
//   pruned to the last 7 days. The worker runs it at most once a minute, the seed once at its end.
// - rebuildRollups: deletes and recomputes every rollup for a range of Shanghai days, one transaction per
//   day, with the same SQL the writer uses (cells.ts). The day's transaction holds the transaction write
//   lock exclusively, so no writer commits rows of that day while it is recounted (they wait, then add).
//   A rebuilt cell counts a wallet under its tier at rebuild time (the writer: at write time).
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ROLLUP_CTES } from "@/lib/analytics/rollups/cells";
import { TRANSACTION_WRITE_LOCK } from "@/lib/transactions/record";
import { addDaysToDay, daysBetween, shanghaiDay, startOfShanghaiDay } from "@/lib/time";

type Executor = Pick<Prisma.TransactionClient, "$executeRaw" | "$queryRaw">;

/** Days the hourly cube keeps before today (Shanghai): today and the 7 days before it. */
export const HOURLY_KEEP_DAYS = 7;
/** Cohorts the worker refreshes: this week and the 12 before it. */
export const FUNNEL_REFRESH_WEEKS = 13;
/** How many days back the worker recounts new wallets each run (today and yesterday). */
const NEW_WALLET_DAYS = 2;
const DAY_TX_OPTIONS = { timeout: 600_000, maxWait: 60_000 };

/** The Monday (YYYY-MM-DD) of the Shanghai week containing `day`. */
export function mondayOf(day: string): string {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return addDaysToDay(day, -((weekday + 6) % 7));
}

/** Sets wallet_daily_rollup.new_wallets for the days [from, to] from wallet.activated_at (current tier). */
export async function refreshNewWallets(tx: Executor, from: string, to: string): Promise<void> {
  const start = startOfShanghaiDay(from);
  const end = startOfShanghaiDay(addDaysToDay(to, 1));
  await tx.$executeRaw`
    UPDATE wallet_daily_rollup SET new_wallets = 0
    WHERE day BETWEEN ${from}::date AND ${to}::date AND new_wallets <> 0`;
  await tx.$executeRaw`
    INSERT INTO wallet_daily_rollup (day, province, tier, new_wallets)
    SELECT (w.activated_at AT TIME ZONE 'Asia/Shanghai')::date, c.province, w.tier, count(*)
    FROM wallet w JOIN customer c ON c.id = w.customer_id
    WHERE w.activated_at >= ${start} AND w.activated_at < ${end}
    GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (day, province, tier) DO UPDATE SET new_wallets = EXCLUDED.new_wallets`;
}

/**
 * Recomputes kyc_funnel_weekly for the cohorts registered in the weeks starting [fromWeek, toWeek]. The
 * steps are nested: each counts the cohort's customers who reached it AND every step before it (registered
 * -> any KYC submission -> an APPROVED submission -> wallet activated -> a bank card linked -> a successful
 * payment, wallet.first_payment_at), as of now; so no step exceeds the one before.
 */
export async function refreshFunnel(tx: Executor, fromWeek: string, toWeek: string, now: Date): Promise<void> {
  const start = startOfShanghaiDay(mondayOf(fromWeek));
  const end = startOfShanghaiDay(addDaysToDay(mondayOf(toWeek), 7));
  await tx.$executeRaw`DELETE FROM kyc_funnel_weekly WHERE week >= ${shanghaiDay(start)}::date AND week < ${shanghaiDay(end)}::date`;
  await tx.$executeRaw`
    INSERT INTO kyc_funnel_weekly (week, registered, kyc_submitted, approved, wallet_active, card_linked, first_payment, refreshed_at)
    SELECT week, count(*), count(*) FILTER (WHERE submitted), count(*) FILTER (WHERE approved),
      count(*) FILTER (WHERE approved AND active), count(*) FILTER (WHERE approved AND active AND card),
      count(*) FILTER (WHERE approved AND active AND card AND paid), ${now}
    FROM (
      SELECT date_trunc('week', c.created_at AT TIME ZONE 'Asia/Shanghai')::date AS week,
        EXISTS (SELECT 1 FROM kyc_submission s WHERE s.customer_id = c.id) AS submitted,
        EXISTS (SELECT 1 FROM kyc_submission s WHERE s.customer_id = c.id AND s.status = 'APPROVED') AS approved,
        w.activated_at IS NOT NULL AS active,
        EXISTS (SELECT 1 FROM bank_card b WHERE b.wallet_id = w.id) AS card,
        w.first_payment_at IS NOT NULL AS paid
      FROM customer c LEFT JOIN wallet w ON w.customer_id = c.id
      WHERE c.created_at >= ${start} AND c.created_at < ${end}
    ) cohort
    GROUP BY week`;
}

/** Drops hourly cells older than today and the HOURLY_KEEP_DAYS days before it (Shanghai). */
export async function pruneHourly(tx: Executor, now: Date): Promise<number> {
  const keepFrom = startOfShanghaiDay(addDaysToDay(shanghaiDay(now), -HOURLY_KEEP_DAYS));
  return tx.$executeRaw`DELETE FROM transaction_hourly_cube WHERE hour < ${keepFrom}`;
}

/**
 * The worker's (and the seed's) rollup chore: new wallets of the last two days (or from `fromDay`), the
 * funnel of the last 13 weekly cohorts (or from `fromDay`'s week when earlier), the hourly cube pruned.
 * One transaction.
 */
export async function refreshWalletAndFunnelRollups(db: Db, options: { now: Date; fromDay?: string }): Promise<void> {
  const today = shanghaiDay(options.now);
  const fromDay = options.fromDay ?? addDaysToDay(today, -(NEW_WALLET_DAYS - 1));
  const thisWeek = mondayOf(today);
  const recentWeeks = addDaysToDay(thisWeek, -7 * (FUNNEL_REFRESH_WEEKS - 1));
  const fromWeek = options.fromDay && mondayOf(options.fromDay) < recentWeeks ? mondayOf(options.fromDay) : recentWeeks;
  await db.$transaction(async (tx) => {
    await refreshNewWallets(tx, fromDay, today);
    await refreshFunnel(tx, fromWeek, thisWeek, options.now);
    await pruneHourly(tx, options.now);
  }, DAY_TX_OPTIONS);
}

let lastChoreAt = 0;
/** For the worker's idle loop: refreshWalletAndFunnelRollups at most once a minute; 1 when it ran. */
export async function rollupChore(db: Db, now = new Date()): Promise<number> {
  if (now.getTime() - lastChoreAt < 60_000) return 0;
  lastChoreAt = now.getTime();
  await refreshWalletAndFunnelRollups(db, { now });
  return 1;
}

/** The first and last Shanghai days with transactions, customers or activated wallets; null when empty. */
export async function dataDayRange(db: Executor): Promise<{ from: string; to: string } | null> {
  const [row] = await db.$queryRaw<{ first: Date | null; last: Date | null }[]>`
    SELECT least((SELECT min(created_at) FROM "transaction"), (SELECT min(created_at) FROM customer)) AS first,
      greatest((SELECT max(created_at) FROM "transaction"), (SELECT max(activated_at) FROM wallet), (SELECT max(created_at) FROM customer)) AS last`;
  if (!row?.first || !row.last) return null;
  return { from: shanghaiDay(row.first), to: shanghaiDay(row.last) };
}

export interface RebuildOptions {
  /** Shanghai days, both included; default: every day with data. */
  from?: string;
  to?: string;
  /** "now" for the hourly cube's pruning and the funnel's refreshed_at. */
  now?: Date;
  onDay?: (day: string, index: number, total: number, milliseconds: number) => void;
}

/** Deletes and recomputes every rollup for the days [from, to], one transaction per day. */
export async function rebuildRollups(db: Db, options: RebuildOptions = {}): Promise<{ days: number; milliseconds: number }> {
  const started = performance.now();
  const now = options.now ?? new Date();
  const all = options.from && options.to ? null : await dataDayRange(db);
  const from = options.from ?? all?.from;
  const to = options.to ?? all?.to;
  if (!from || !to || from > to) return { days: 0, milliseconds: performance.now() - started };
  const days = daysBetween(from, to);
  for (const [index, day] of days.entries()) {
    const dayStarted = performance.now();
    await db.$transaction((tx) => rebuildDay(tx, day), DAY_TX_OPTIONS);
    options.onDay?.(day, index, days.length, performance.now() - dayStarted);
  }
  await db.$transaction(async (tx) => {
    await refreshFunnel(tx, mondayOf(from), mondayOf(to), now);
    await pruneHourly(tx, now);
  }, DAY_TX_OPTIONS);
  return { days: days.length, milliseconds: performance.now() - started };
}

async function rebuildDay(tx: Executor, day: string): Promise<void> {
  // Writers hold this lock shared until they commit: none of them can add to the day while it is recounted.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${TRANSACTION_WRITE_LOCK}::bigint)`;
  const start = startOfShanghaiDay(day);
  const end = startOfShanghaiDay(addDaysToDay(day, 1));
  await tx.$executeRaw`DELETE FROM transaction_daily_rollup WHERE day = ${day}::date`;
  await tx.$executeRaw`DELETE FROM transaction_daily_cube WHERE day = ${day}::date`;
  await tx.$executeRaw`DELETE FROM transaction_hourly_cube WHERE hour >= ${start} AND hour < ${end}`;
  await tx.$executeRaw`DELETE FROM transaction_hour_of_day_rollup WHERE day = ${day}::date`;
  await tx.$executeRaw`DELETE FROM wallet_activity_day WHERE day = ${day}::date`;
  await tx.$executeRaw`UPDATE wallet_daily_rollup SET active_wallets = 0 WHERE day = ${day}::date AND active_wallets <> 0`;
  await tx.$executeRaw`
    WITH src AS (
      SELECT t.wallet_id, t.type, t.status, t.channel, t.cross_border, coalesce(t.mcc, '') AS mcc, t.amount_fen, t.created_at,
        c.province, w.tier, t.created_at AT TIME ZONE 'Asia/Shanghai' AS local
      FROM "transaction" t JOIN wallet w ON w.id = t.wallet_id JOIN customer c ON c.id = w.customer_id
      WHERE t.created_at >= ${start} AND t.created_at < ${end}
    ),
    ${ROLLUP_CTES}
    SELECT 1`;
  await refreshNewWallets(tx, day, day);
  await tx.$executeRaw`DELETE FROM wallet_daily_rollup WHERE day = ${day}::date AND active_wallets = 0 AND new_wallets = 0`;
}

/** For db-migrate: an existing database with transactions but no cube yet gets every rollup once. */
export async function backfillRollupsIfEmpty(db: Db, log: (line: string) => void = () => {}): Promise<boolean> {
  const [row] = await db.$queryRaw<{ cube: boolean; raw: boolean }[]>`
    SELECT EXISTS (SELECT 1 FROM transaction_daily_cube) AS cube, EXISTS (SELECT 1 FROM "transaction") AS raw`;
  if (!row || row.cube || !row.raw) return false;
  log("analytics rollups are empty: rebuilding them from the transactions…");
  const result = await rebuildRollups(db, {
    onDay: (day, index, total) => {
      if (index === total - 1 || index % 10 === 0) log(`  ${day} (${index + 1}/${total})`);
    },
  });
  log(`analytics rollups rebuilt: ${result.days} days in ${(result.milliseconds / 1000).toFixed(1)} s`);
  return true;
}
