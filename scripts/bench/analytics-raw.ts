// `npm run bench -- --only analytics` (raw side): the transaction analytics page's figures computed the way
// they would be without rollups, by GROUP BY over the transaction table (joined to wallet and customer for
// the tier and the province), for the same period and filters. Each function mirrors one of the page's
// data functions in lib/analytics/transactions/queries.ts and shapes its rows with the same pure helpers
// (lib/analytics/transactions/shape.ts), so the bench can check that both sides give the same figures.
// The queries run one after another (not concurrently): each is a scan of the whole range, and the
// machine the bench runs on is shared.
import { Prisma } from "@/lib/generated/prisma/client";
import type { AnalyticsFilters } from "@/lib/analytics/filters";
import { provinceStoredName } from "@/lib/analytics/filters";
import type { AnalyticsPeriod, DayRange } from "@/lib/analytics/period";
import { alignSeries, byKey, heatGrid, kpiFigures, ranked, type HeatCell, type KpiFigures, type SeriesPoint } from "@/lib/analytics/transactions/shape";
import { addDaysToDay, daysBetween, startOfShanghaiDay } from "@/lib/time";

type Reader = Pick<Prisma.TransactionClient, "$queryRaw">;

type GroupBy = "none" | "day" | "channel" | "mcc" | "province" | "tier" | "type" | "crossBorder";

interface RawTotalsQuery {
  range: DayRange;
  filters: AnalyticsFilters;
  types?: string[];
  statuses?: string[];
  groupBy: GroupBy;
}

export interface Totals {
  key: string;
  count: number;
  amountFen: bigint;
}

/** A wallet's own transactions: what makes it "active" on a day (as the writer keeps wallet_activity_day). */
const OWN_TYPES = ["TOP_UP", "PAYMENT", "TRANSFER_OUT", "WITHDRAWAL"];

/** The start of the transaction's Shanghai day (or hour): date_bin is integer arithmetic, far cheaper per row
 *  than a time-zone conversion; Shanghai keeps UTC+8 all year, so a +08 origin is exact. The grouped keys
 *  (90 days, 2,160 hours) are converted to wall-clock days and hours after the grouping. */
const DAY_START = Prisma.sql`date_bin('1 day', t.created_at, TIMESTAMPTZ '2000-01-01 00:00:00+08')`;
const HOUR_START = Prisma.sql`date_bin('1 hour', t.created_at, TIMESTAMPTZ '2000-01-01 00:00:00+08')`;
const DAY_TEXT = Prisma.sql`to_char(k AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD')`;

function bounds(range: DayRange): Prisma.Sql {
  return Prisma.sql`t.created_at >= ${startOfShanghaiDay(range.from)} AND t.created_at < ${startOfShanghaiDay(addDaysToDay(range.to, 1))}`;
}

function keyOf(groupBy: GroupBy): Prisma.Sql {
  switch (groupBy) {
    case "none":
      return Prisma.sql`''`;
    case "day":
      return DAY_START;
    case "channel":
      return Prisma.sql`t.channel::text`;
    case "mcc":
      return Prisma.sql`coalesce(t.mcc::text, '')`;
    case "province":
      return Prisma.sql`c.province`;
    case "tier":
      return Prisma.sql`w.tier::text`;
    case "type":
      return Prisma.sql`t.type::text`;
    case "crossBorder":
      return Prisma.sql`t.cross_border::text`;
  }
}

/** The joins a query needs: wallet for the tier, wallet and customer for the province. */
function joins(needWallet: boolean, needCustomer: boolean): Prisma.Sql {
  if (needCustomer) return Prisma.sql`JOIN wallet w ON w.id = t.wallet_id JOIN customer c ON c.id = w.customer_id`;
  if (needWallet) return Prisma.sql`JOIN wallet w ON w.id = t.wallet_id`;
  return Prisma.empty;
}

function provinceName(code: string): string {
  return provinceStoredName(code) ?? `?${code}`;
}

/** Count and value over the range from the transaction table, grouped by one dimension (as readTransactionTotals). */
export async function rawTotals(db: Reader, q: RawTotalsQuery): Promise<Totals[]> {
  const { filters } = q;
  const conditions: Prisma.Sql[] = [bounds(q.range), Prisma.sql`t.status = ANY(${q.statuses ?? ["SUCCEEDED"]}::"TransactionStatus"[])`];
  if (q.types) conditions.push(Prisma.sql`t.type = ANY(${q.types}::"TransactionType"[])`);
  if (filters.channel) conditions.push(Prisma.sql`t.channel = ${filters.channel}::"TransactionChannel"`);
  if (filters.mcc !== null) conditions.push(Prisma.sql`t.mcc = ${filters.mcc}`);
  if (filters.provinceCode !== null) conditions.push(Prisma.sql`c.province = ${provinceName(filters.provinceCode)}`);
  if (filters.tier !== null) conditions.push(Prisma.sql`w.tier = ${filters.tier}::smallint`);
  const needCustomer = filters.provinceCode !== null || q.groupBy === "province";
  const needWallet = needCustomer || filters.tier !== null || q.groupBy === "tier";
  const rows = await db.$queryRaw<{ key: string; count: bigint; amount_fen: bigint }[]>`
    SELECT ${q.groupBy === "day" ? DAY_TEXT : Prisma.sql`k`} AS key, count, amount_fen FROM (
      SELECT ${keyOf(q.groupBy)} AS k, count(*)::bigint AS count, coalesce(sum(t.amount_fen), 0)::bigint AS amount_fen
      FROM "transaction" t ${joins(needWallet, needCustomer)}
      WHERE ${Prisma.join(conditions, " AND ")}
      GROUP BY 1) g
    ORDER BY 1`;
  return rows.map((r) => ({ key: r.key, count: Number(r.count), amountFen: r.amount_fen }));
}

/** Per day: wallets with a successful transaction of their own, and wallets activated (as readWalletDaily). */
export async function rawWalletDaily(db: Reader, range: DayRange, filters: AnalyticsFilters): Promise<{ day: string; activeWallets: number; newWallets: number }[]> {
  const placeAndTier: Prisma.Sql[] = [];
  if (filters.provinceCode !== null) placeAndTier.push(Prisma.sql`c.province = ${provinceName(filters.provinceCode)}`);
  if (filters.tier !== null) placeAndTier.push(Prisma.sql`w.tier = ${filters.tier}::smallint`);
  const extra = placeAndTier.length ? Prisma.sql` AND ${Prisma.join(placeAndTier, " AND ")}` : Prisma.empty;
  const needCustomer = filters.provinceCode !== null;
  const active = await db.$queryRaw<{ day: string; n: bigint }[]>`
    SELECT ${DAY_TEXT} AS day, n FROM (
      SELECT ${DAY_START} AS k, count(DISTINCT t.wallet_id)::bigint AS n
      FROM "transaction" t ${joins(placeAndTier.length > 0, needCustomer)}
      WHERE ${bounds(range)} AND t.status = 'SUCCEEDED' AND t.type = ANY(${OWN_TYPES}::"TransactionType"[])${extra}
      GROUP BY 1) g`;
  const opened = await db.$queryRaw<{ day: string; n: bigint }[]>`
    SELECT to_char((w.activated_at AT TIME ZONE 'Asia/Shanghai')::date, 'YYYY-MM-DD') AS day, count(*)::bigint AS n
    FROM wallet w JOIN customer c ON c.id = w.customer_id
    WHERE w.activated_at >= ${startOfShanghaiDay(range.from)} AND w.activated_at < ${startOfShanghaiDay(addDaysToDay(range.to, 1))}${extra}
    GROUP BY 1`;
  const activeBy = new Map(active.map((r) => [r.day, Number(r.n)]));
  const openedBy = new Map(opened.map((r) => [r.day, Number(r.n)]));
  return daysBetween(range.from, range.to).map((day) => ({ day, activeWallets: activeBy.get(day) ?? 0, newWallets: openedBy.get(day) ?? 0 }));
}

async function rawDailyFigures(db: Reader, range: DayRange, filters: AnalyticsFilters): Promise<KpiFigures> {
  const byType = await rawTotals(db, { range, filters, groupBy: "type" });
  const byCrossBorder = await rawTotals(db, { range, filters, groupBy: "crossBorder" });
  const wallets = await rawWalletDaily(db, range, filters);
  return kpiFigures(byType, byCrossBorder, wallets);
}

/** The KPI cards' figures, current and comparison (ranges of whole past days). */
export async function rawKpis(db: Reader, period: AnalyticsPeriod, filters: AnalyticsFilters): Promise<{ current: KpiFigures; comparison: KpiFigures | null }> {
  const current = await rawDailyFigures(db, period.range, filters);
  const comparison = period.compareRange ? await rawDailyFigures(db, period.compareRange, filters) : null;
  return { current, comparison };
}

/** Volume and value per day with the comparison aligned by position (ranges longer than 7 days). */
export async function rawSeries(db: Reader, period: AnalyticsPeriod, filters: AnalyticsFilters): Promise<SeriesPoint[]> {
  const { range, compareRange } = period;
  const current = await rawTotals(db, { range, filters, groupBy: "day" });
  const compare = compareRange ? await rawTotals(db, { range: compareRange, filters, groupBy: "day" }) : null;
  const keys = daysBetween(range.from, range.to).map((day) => ({ key: day, label: day.slice(5) }));
  return alignSeries(keys, byKey(current), compareRange ? daysBetween(compareRange.from, compareRange.to) : null, compare ? byKey(compare) : null);
}

export async function rawBreakdown(db: Reader, period: AnalyticsPeriod, filters: AnalyticsFilters, groupBy: "channel" | "mcc" | "province") {
  const current = await rawTotals(db, { range: period.range, filters, groupBy });
  const compare = period.compareRange ? await rawTotals(db, { range: period.compareRange, filters, groupBy }) : null;
  const previous = compare ? byKey(compare) : null;
  const keep = (key: string) => groupBy !== "mcc" || key !== "";
  return ranked(current.filter((r) => keep(r.key) && (r.count > 0 || r.amountFen !== 0n))).map((r) => ({
    key: r.key,
    count: r.count,
    amountFen: r.amountFen,
    share: r.share,
    compareCount: previous ? (previous.get(r.key)?.count ?? 0) : null,
    compareAmountFen: previous ? (previous.get(r.key)?.amountFen ?? 0n) : null,
  }));
}

/** The weekday x hour grid (Shanghai wall clock), successful transactions, honouring the channel filter only. */
export async function rawHeatmap(db: Reader, period: AnalyticsPeriod, filters: AnalyticsFilters): Promise<HeatCell[][]> {
  const channel = filters.channel ? Prisma.sql` AND t.channel = ${filters.channel}::"TransactionChannel"` : Prisma.empty;
  const rows = await db.$queryRaw<{ weekday: number; hour: number; count: bigint; amount_fen: bigint }[]>`
    SELECT extract(dow FROM k AT TIME ZONE 'Asia/Shanghai')::int AS weekday, extract(hour FROM k AT TIME ZONE 'Asia/Shanghai')::int AS hour,
      sum(count)::bigint AS count, sum(amount_fen)::bigint AS amount_fen
    FROM (
      SELECT ${HOUR_START} AS k, count(*) AS count, coalesce(sum(t.amount_fen), 0) AS amount_fen
      FROM "transaction" t
      WHERE ${bounds(period.range)} AND t.status = 'SUCCEEDED'${channel}
      GROUP BY 1) g
    GROUP BY 1, 2`;
  return heatGrid(rows.map((r) => ({ weekday: Number(r.weekday), hour: Number(r.hour), count: Number(r.count), amountFen: r.amount_fen })));
}
