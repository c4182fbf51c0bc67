// The only code that reads the analytics rollups (never the transaction table): totals by any one
// dimension over a range of Shanghai days, the last week by hour, the hour-of-day x weekday grid, the
// daily wallet figures and the weekly onboarding funnel. Each query sums ready-made cells, so its cost
// depends on the days asked for and the filters' cardinality, not on how many transactions there are.
import { Prisma } from "@/lib/generated/prisma/client";
import type { TransactionChannelCode, TransactionStatusCode, TransactionTypeCode } from "@/lib/transactions/fields";
import { provinceStoredName, type AnalyticsFilters } from "@/lib/analytics/filters";
import type { DayRange } from "@/lib/analytics/period";
import { addDaysToDay, daysBetween, startOfShanghaiDay } from "@/lib/time";

type Reader = Pick<Prisma.TransactionClient, "$queryRaw">;

export const TOTALS_GROUP_BY = ["none", "day", "channel", "mcc", "province", "tier", "type", "crossBorder"] as const;
export type TotalsGroupBy = (typeof TOTALS_GROUP_BY)[number];

export interface TotalsQuery {
  range: DayRange;
  filters: AnalyticsFilters;
  /** Default: every type. */
  types?: TransactionTypeCode[];
  /** Default: ["SUCCEEDED"]. */
  statuses?: TransactionStatusCode[];
  crossBorder?: boolean;
  groupBy: TotalsGroupBy;
}

export interface TotalsRow {
  /** "" for groupBy none; YYYY-MM-DD; channel/type code; MCC ("" = no merchant); stored province name;
   *  tier "1".."3"; "true"/"false" for crossBorder. */
  key: string;
  count: number;
  amountFen: bigint;
}

interface RawTotals {
  key: string;
  count: bigint | number | null;
  amount_fen: bigint | null;
}

const DEFAULT_STATUSES: TransactionStatusCode[] = ["SUCCEEDED"];

/** Dimensions only the cube carries: a filter or grouping on any of them rules out the narrow table. */
function needsCube(q: Pick<TotalsQuery, "filters" | "groupBy">): boolean {
  const { filters, groupBy } = q;
  return (
    filters.mcc !== null ||
    filters.provinceCode !== null ||
    filters.tier !== null ||
    groupBy === "mcc" ||
    groupBy === "province" ||
    groupBy === "tier"
  );
}

function keyExpression(groupBy: TotalsGroupBy): Prisma.Sql {
  switch (groupBy) {
    case "none":
      return Prisma.sql`''`;
    case "day":
      return Prisma.sql`to_char(day, 'YYYY-MM-DD')`;
    case "channel":
      return Prisma.sql`channel::text`;
    case "mcc":
      return Prisma.sql`mcc`;
    case "province":
      return Prisma.sql`province`;
    case "tier":
      return Prisma.sql`tier::text`;
    case "type":
      return Prisma.sql`type::text`;
    case "crossBorder":
      return Prisma.sql`cross_border::text`;
  }
}

/** A province code that names no province matches nothing (rather than everything). */
function provinceName(code: string): string {
  return provinceStoredName(code) ?? `?${code}`;
}

function channelCondition(channel: TransactionChannelCode | null): Prisma.Sql[] {
  return channel ? [Prisma.sql`channel = ${channel}::"TransactionChannel"`] : [];
}

function typeStatusConditions(types: TransactionTypeCode[] | undefined, statuses: TransactionStatusCode[] | undefined): Prisma.Sql[] {
  const out: Prisma.Sql[] = [];
  if (types) out.push(Prisma.sql`type = ANY(${types}::"TransactionType"[])`);
  out.push(Prisma.sql`status = ANY(${statuses ?? DEFAULT_STATUSES}::"TransactionStatus"[])`);
  return out;
}

function cubeFilterConditions(filters: AnalyticsFilters): Prisma.Sql[] {
  const out: Prisma.Sql[] = [...channelCondition(filters.channel)];
  if (filters.mcc !== null) out.push(Prisma.sql`mcc = ${filters.mcc}`);
  if (filters.provinceCode !== null) out.push(Prisma.sql`province = ${provinceName(filters.provinceCode)}`);
  if (filters.tier !== null) out.push(Prisma.sql`tier = ${filters.tier}::smallint`);
  return out;
}

function toRow(raw: RawTotals): TotalsRow {
  return { key: raw.key, count: Number(raw.count ?? 0), amountFen: raw.amount_fen ?? 0n };
}

/**
 * Count and value of transactions over `range`, grouped by one dimension. Reads the narrow
 * transaction_daily_rollup when neither the filters nor the grouping need merchant category, province or
 * tier, the cube otherwise. groupBy "none" always returns exactly one row (zeros for an empty range);
 * other groupings return only the keys that have transactions, ordered by key.
 */
export async function readTransactionTotals(db: Reader, q: TotalsQuery): Promise<TotalsRow[]> {
  const cube = needsCube(q);
  const table = cube ? Prisma.sql`transaction_daily_cube` : Prisma.sql`transaction_daily_rollup`;
  const conditions: Prisma.Sql[] = [
    Prisma.sql`day BETWEEN ${q.range.from}::date AND ${q.range.to}::date`,
    ...(cube ? cubeFilterConditions(q.filters) : channelCondition(q.filters.channel)),
    ...typeStatusConditions(q.types, q.statuses),
  ];
  if (q.crossBorder !== undefined) conditions.push(Prisma.sql`cross_border = ${q.crossBorder}`);
  const where = Prisma.join(conditions, " AND ");
  if (q.groupBy === "none") {
    const rows = await db.$queryRaw<RawTotals[]>`
      SELECT '' AS key, coalesce(sum(count), 0)::bigint AS count, coalesce(sum(amount_fen), 0)::bigint AS amount_fen
      FROM ${table} WHERE ${where}`;
    return rows.map(toRow);
  }
  const key = keyExpression(q.groupBy);
  const rows = await db.$queryRaw<RawTotals[]>`
    SELECT ${key} AS key, sum(count)::bigint AS count, sum(amount_fen)::bigint AS amount_fen
    FROM ${table} WHERE ${where}
    GROUP BY 1 ORDER BY 1`;
  return rows.map(toRow);
}

export interface HourlyQuery {
  range: DayRange;
  filters: AnalyticsFilters;
  types?: TransactionTypeCode[];
  statuses?: TransactionStatusCode[];
}

export interface HourlyRow {
  /** The instant the (Shanghai) hour starts. */
  hour: Date;
  count: number;
  amountFen: bigint;
}

/** Totals per hour over `range` (the hourly cube keeps the last 7 days); only hours with transactions. */
export async function readHourlyTotals(db: Reader, q: HourlyQuery): Promise<HourlyRow[]> {
  const start = startOfShanghaiDay(q.range.from);
  const end = startOfShanghaiDay(addDaysToDay(q.range.to, 1));
  const where = Prisma.join(
    [
      Prisma.sql`hour >= ${start} AND hour < ${end}`,
      ...cubeFilterConditions(q.filters),
      ...typeStatusConditions(q.types, q.statuses),
    ],
    " AND ",
  );
  const rows = await db.$queryRaw<{ hour: Date; count: bigint; amount_fen: bigint }[]>`
    SELECT hour, sum(count)::bigint AS count, sum(amount_fen)::bigint AS amount_fen
    FROM transaction_hourly_cube WHERE ${where}
    GROUP BY hour ORDER BY hour`;
  return rows.map((r) => ({ hour: r.hour, count: Number(r.count), amountFen: r.amount_fen }));
}

export interface HourOfDayQuery {
  range: DayRange;
  channel: TransactionChannelCode | null;
  types?: TransactionTypeCode[];
  statuses?: TransactionStatusCode[];
}

export interface HourOfDayRow {
  /** 0 = Sunday (Shanghai calendar). */
  weekday: number;
  /** 0-23, Shanghai wall clock. */
  hour: number;
  count: number;
  amountFen: bigint;
}

/** The weekday x hour-of-day grid over any range; only cells with transactions, by weekday then hour. */
export async function readHourOfDay(db: Reader, q: HourOfDayQuery): Promise<HourOfDayRow[]> {
  const where = Prisma.join(
    [
      Prisma.sql`day BETWEEN ${q.range.from}::date AND ${q.range.to}::date`,
      ...channelCondition(q.channel),
      ...typeStatusConditions(q.types, q.statuses),
    ],
    " AND ",
  );
  const rows = await db.$queryRaw<{ weekday: number; hour: number; count: bigint; amount_fen: bigint }[]>`
    SELECT extract(dow FROM day)::int AS weekday, hour::int AS hour,
      sum(count)::bigint AS count, sum(amount_fen)::bigint AS amount_fen
    FROM transaction_hour_of_day_rollup WHERE ${where}
    GROUP BY 1, 2 ORDER BY 1, 2`;
  return rows.map((r) => ({ weekday: Number(r.weekday), hour: Number(r.hour), count: Number(r.count), amountFen: r.amount_fen }));
}

export interface WalletDailyQuery {
  range: DayRange;
  provinceCode: string | null;
  tier: 1 | 2 | 3 | null;
}

export interface WalletDailyRow {
  day: string;
  /** Wallets that made a successful transaction of their own (top-up, payment, transfer out, withdrawal). */
  activeWallets: number;
  /** Wallets activated that day. */
  newWallets: number;
}

/** Every day of `range` (zeros included), in order. */
export async function readWalletDaily(db: Reader, q: WalletDailyQuery): Promise<WalletDailyRow[]> {
  const conditions: Prisma.Sql[] = [Prisma.sql`day BETWEEN ${q.range.from}::date AND ${q.range.to}::date`];
  if (q.provinceCode !== null) conditions.push(Prisma.sql`province = ${provinceName(q.provinceCode)}`);
  if (q.tier !== null) conditions.push(Prisma.sql`tier = ${q.tier}::smallint`);
  const rows = await db.$queryRaw<{ day: string; active_wallets: bigint; new_wallets: bigint }[]>`
    SELECT to_char(day, 'YYYY-MM-DD') AS day, sum(active_wallets)::bigint AS active_wallets, sum(new_wallets)::bigint AS new_wallets
    FROM wallet_daily_rollup WHERE ${Prisma.join(conditions, " AND ")}
    GROUP BY day`;
  const byDay = new Map(rows.map((r) => [r.day, r]));
  return daysBetween(q.range.from, q.range.to).map((day) => {
    const r = byDay.get(day);
    return { day, activeWallets: Number(r?.active_wallets ?? 0), newWallets: Number(r?.new_wallets ?? 0) };
  });
}

export interface FunnelQuery {
  /** Mondays (YYYY-MM-DD), both included. */
  fromWeek: string;
  toWeek: string;
}

export interface FunnelRow {
  /** The Monday of the Shanghai week the cohort registered (YYYY-MM-DD). */
  week: string;
  registered: number;
  kycSubmitted: number;
  approved: number;
  walletActive: number;
  cardLinked: number;
  firstPayment: number;
  refreshedAt: Date;
}

/** The weekly onboarding cohorts that have been computed, oldest first (weeks without customers are absent). */
export async function readFunnel(db: Reader, q: FunnelQuery): Promise<FunnelRow[]> {
  const rows = await db.$queryRaw<
    {
      week: string;
      registered: number;
      kyc_submitted: number;
      approved: number;
      wallet_active: number;
      card_linked: number;
      first_payment: number;
      refreshed_at: Date;
    }[]
  >`
    SELECT to_char(week, 'YYYY-MM-DD') AS week, registered, kyc_submitted, approved, wallet_active, card_linked,
      first_payment, refreshed_at
    FROM kyc_funnel_weekly
    WHERE week BETWEEN ${q.fromWeek}::date AND ${q.toWeek}::date
    ORDER BY week`;
  return rows.map((r) => ({
    week: r.week,
    registered: Number(r.registered),
    kycSubmitted: Number(r.kyc_submitted),
    approved: Number(r.approved),
    walletActive: Number(r.wallet_active),
    cardLinked: Number(r.card_linked),
    firstPayment: Number(r.first_payment),
    refreshedAt: r.refreshed_at,
  }));
}
