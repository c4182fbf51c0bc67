// What a rule sees of a wallet's past, loaded for a whole batch of transactions at once: one query for
// every transaction of the batch's wallets over [earliest scored - HISTORY_DAYS, latest scored], and one
// for the wallets' facts (customer, tier, activation) with each wallet's last activity before that span.
// historyAt then cuts one transaction's history out of its wallet's timeline by binary search, so a
// batch of N transactions costs two queries, not 2N. Raw SQL with only the columns ScoredTransaction has,
// through $queryRaw, so it runs on any Prisma client (the console's, a script's, inside a transaction).
import { Prisma } from "@/lib/generated/prisma/client";
import { HISTORY_DAYS, type ScoredTransaction, type WalletHistory } from "@/lib/fraud/rules/types";

/** Anything that can run a raw query: a Prisma client or the client inside $transaction. */
export type HistoryReader = Pick<Prisma.TransactionClient, "$queryRaw">;

const DAY_MS = 86_400_000;
export const HISTORY_MS = HISTORY_DAYS * DAY_MS;

/** One wallet's transactions over a span, oldest first (createdAt, then id), with the wallet's facts. */
export interface WalletTimeline {
  walletId: string;
  rows: ScoredTransaction[];
  /** rows[i].createdAt in epoch milliseconds, for the binary searches. */
  times: Float64Array;
  /** The wallet's latest transaction before rows' span starts (the span starts HISTORY_DAYS before the
   *  earliest transaction the timeline was loaded for). */
  lastActivityBeforeSpan: Date | null;
  customer: WalletHistory["customer"];
  wallet: WalletHistory["wallet"];
}

interface Span {
  walletId: string;
  from: Date;
  to: Date;
}

/** The timelines that give every transaction of `txs` its history (historyAt), keyed by wallet id. */
export async function loadHistories(db: HistoryReader, txs: readonly ScoredTransaction[]): Promise<Map<string, WalletTimeline>> {
  const bounds = new Map<string, { min: number; max: number }>();
  for (const tx of txs) {
    const at = tx.createdAt.getTime();
    const b = bounds.get(tx.walletId);
    if (!b) bounds.set(tx.walletId, { min: at, max: at });
    else {
      if (at < b.min) b.min = at;
      if (at > b.max) b.max = at;
    }
  }
  const spans: Span[] = [];
  for (const [walletId, b] of bounds) spans.push({ walletId, from: new Date(b.min - HISTORY_MS), to: new Date(b.max) });
  return loadTimelines(db, spans);
}

/** The history of one proposed transaction (the decision API): the wallet's HISTORY_DAYS before `at`. */
export async function loadHistoryFor(db: HistoryReader, walletId: string, at: Date): Promise<WalletHistory> {
  const timelines = await loadTimelines(db, [{ walletId, from: new Date(at.getTime() - HISTORY_MS), to: at }]);
  const timeline = timelines.get(walletId);
  if (!timeline) throw new Error(`wallet ${walletId} not found`);
  return historyAt(timeline, { walletId, createdAt: at, id: null });
}

/**
 * `tx`'s history from its wallet's timeline: the rows strictly before it (createdAt, then id; a proposed
 * transaction without id comes after every row at its instant) and at most HISTORY_DAYS older.
 */
export function historyAt(timeline: WalletTimeline, tx: Pick<ScoredTransaction, "walletId" | "createdAt" | "id">): WalletHistory {
  if (tx.walletId !== timeline.walletId) throw new Error(`timeline of ${timeline.walletId} asked for ${tx.walletId}`);
  const at = tx.createdAt.getTime();
  const start = lowerBound(timeline.times, at - HISTORY_MS);
  const end = beforeTx(timeline, at, tx.id);
  const prior = start === 0 && end === timeline.rows.length ? timeline.rows : timeline.rows.slice(start, end);
  return {
    prior,
    lastActivityBeforeWindow: start > 0 ? timeline.rows[start - 1]!.createdAt : timeline.lastActivityBeforeSpan,
    customer: timeline.customer,
    wallet: timeline.wallet,
  };
}

/** First index whose time is >= t. */
function lowerBound(times: Float64Array, t: number): number {
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (times[mid]! < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index not strictly before (at, id). */
function beforeTx(timeline: WalletTimeline, at: number, id: bigint | null): number {
  const { times, rows } = timeline;
  // First index with time > at: every row at the same instant is a candidate.
  let lo = lowerBound(times, at);
  let hi = lo;
  while (hi < times.length && times[hi] === at) hi++;
  if (id === null) return hi;
  while (lo < hi && (rows[lo]!.id as bigint) < id) lo++;
  return lo;
}

/** A wallet's facts as the loader's JSON carries them: [walletId, tier, activatedAt ms, customerId,
 *  customer createdAt ms, province, city, last activity before the span ms]. */
type FactsTuple = [string, number, number | null, string, number, string, string, number | null];
/** A transaction as the loader's JSON carries them (ids as text, times as epoch milliseconds). */
type RowTuple = [
  string, string, ScoredTransaction["type"], ScoredTransaction["status"], string, ScoredTransaction["channel"],
  string | null, string | null, string | null, string | null, string | null, string, boolean, string, string, number,
];

// Both queries hand back ONE text value of JSON arrays: parsing that is a fraction of what a row per
// transaction costs through the client (measured: docs/bench-fraud-worker.md), and it is one round trip.
const ROW_JSON = Prisma.sql`json_build_array(t.id::text, t.wallet_id, t.type, t.status, t.amount_fen::text, t.channel, t.mcc,
  t.merchant_name, t.counterparty_wallet_id, t.counterparty_name, t.card_id, t.country, t.cross_border, t.device_id, t.ip,
  (extract(epoch FROM t.created_at) * 1000)::bigint)`;
const FACTS_JSON = Prisma.sql`json_build_array(w.id, w.tier, (extract(epoch FROM w.activated_at) * 1000)::bigint, c.id,
  (extract(epoch FROM c.created_at) * 1000)::bigint, c.province, c.city, (extract(epoch FROM last.created_at) * 1000)::bigint)`;

/** The span of each wallet as a CTE `s(wallet_id, from_at, to_at)`, the JSON of its wallets' facts and
 *  of their rows over the spans, in one statement. */
function spansQuery(spans: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    WITH s AS (${spans})
    SELECT
      (SELECT json_agg(${FACTS_JSON})
       FROM s JOIN wallet w ON w.id = s.wallet_id JOIN customer c ON c.id = w.customer_id
       LEFT JOIN LATERAL (
         SELECT t.created_at FROM "transaction" t
         WHERE t.wallet_id = s.wallet_id AND t.created_at < s.from_at
         ORDER BY t.created_at DESC, t.id DESC LIMIT 1
       ) last ON true)::text AS facts,
      (SELECT json_agg(${ROW_JSON})
       FROM s JOIN LATERAL (
         SELECT * FROM "transaction" t
         WHERE t.wallet_id = s.wallet_id AND t.created_at >= s.from_at AND t.created_at <= s.to_at
       ) t ON true)::text AS rows`;
}

async function loadTimelines(db: HistoryReader, spans: Span[]): Promise<Map<string, WalletTimeline>> {
  if (spans.length === 0) return new Map();
  const ids = spans.map((s) => s.walletId);
  const froms = spans.map((s) => s.from.toISOString());
  const tos = spans.map((s) => s.to.toISOString());
  const [result] = await db.$queryRaw<{ facts: string | null; rows: string | null }[]>(
    spansQuery(Prisma.sql`SELECT * FROM unnest(${ids}::text[], ${froms}::timestamptz[], ${tos}::timestamptz[]) AS u(wallet_id, from_at, to_at)`),
  );
  return buildTimelines(result?.facts ?? null, result?.rows ?? null);
}

/**
 * The scoring worker's read: the transactions with ids in (fromId, toId] that `scored` accepts (type
 * and status), and their wallets' timelines, in one round trip (the spans are worked out in SQL).
 */
export async function loadBatchHistories(
  db: HistoryReader,
  fromId: bigint,
  toId: bigint,
  scope: { types: readonly string[]; statuses: readonly string[] },
): Promise<{ transactions: ScoredTransaction[]; timelines: Map<string, WalletTimeline> }> {
  const [result] = await db.$queryRaw<{ facts: string | null; rows: string | null }[]>(
    spansQuery(Prisma.sql`
      SELECT wallet_id, min(created_at) - ${`${HISTORY_DAYS} days`}::interval AS from_at, max(created_at) AS to_at
      FROM "transaction"
      WHERE id > ${fromId} AND id <= ${toId}
        AND type::text = ANY(${scope.types as string[]}::text[]) AND status::text = ANY(${scope.statuses as string[]}::text[])
      GROUP BY wallet_id`),
  );
  const timelines = buildTimelines(result?.facts ?? null, result?.rows ?? null);
  const types = new Set(scope.types);
  const statuses = new Set(scope.statuses);
  const transactions: ScoredTransaction[] = [];
  for (const timeline of timelines.values()) {
    for (const row of timeline.rows) {
      const id = row.id!;
      if (id > fromId && id <= toId && types.has(row.type) && statuses.has(row.status)) transactions.push(row);
    }
  }
  transactions.sort((a, b) => (a.id! < b.id! ? -1 : a.id! > b.id! ? 1 : 0));
  return { transactions, timelines };
}

/**
 * One worker's wallet timelines kept across batches. Transactions are never updated and every id up to a
 * batch's to_id is committed when the batch is scored (the cut's write lock), so a wallet's cached rows
 * with id <= `watermark` stay complete for [from, now): the next batch fetches only its rows above the
 * watermark (usually none or a few) instead of its whole 30 days. Wallets beyond `maxWallets` are
 * forgotten oldest-used first; a wallet whose cache grew past `maxRows` is dropped and loaded afresh.
 */
export class TimelineCache {
  readonly entries = new Map<string, { from: number; watermark: bigint; rows: ScoredTransaction[]; lastBefore: Date | null }>();
  hits = 0;
  misses = 0;
  constructor(
    readonly maxWallets = 20_000,
    readonly maxRows = 5_000,
  ) {}
}

/** loadBatchHistories through a TimelineCache: the same transactions and timelines, fewer rows read. */
export async function loadBatchHistoriesCached(
  db: HistoryReader,
  fromId: bigint,
  toId: bigint,
  scope: { types: readonly string[]; statuses: readonly string[] },
  cache: TimelineCache,
): Promise<{ transactions: ScoredTransaction[]; timelines: Map<string, WalletTimeline> }> {
  // Only the batch's own wallets' cache entries go with the query (an index range over the batch's ids
  // first), so its size does not grow with the cache's.
  const ids: string[] = [];
  const froms: string[] = [];
  const marks: string[] = [];
  if (cache.entries.size > 0) {
    const wallets = await db.$queryRaw<{ wallet_id: string }[]>`
      SELECT DISTINCT wallet_id FROM "transaction" WHERE id > ${fromId} AND id <= ${toId}`;
    for (const { wallet_id: walletId } of wallets) {
      const entry = cache.entries.get(walletId);
      if (!entry) continue;
      ids.push(walletId);
      froms.push(new Date(entry.from).toISOString());
      marks.push(entry.watermark.toString());
    }
  }
  const [result] = await db.$queryRaw<{ facts: string | null; rows: string | null; plan: string | null }[]>`
    WITH s AS (
      SELECT wallet_id, min(created_at) - ${`${HISTORY_DAYS} days`}::interval AS from_at
      FROM "transaction"
      WHERE id > ${fromId} AND id <= ${toId}
        AND type::text = ANY(${scope.types as string[]}::text[]) AND status::text = ANY(${scope.statuses as string[]}::text[])
      GROUP BY wallet_id
    ), c AS (
      SELECT * FROM unnest(${ids}::text[], ${froms}::timestamptz[], ${marks}::bigint[]) AS c(wallet_id, from_at, watermark)
    ), p AS (
      SELECT s.wallet_id, s.from_at, c.watermark, (c.wallet_id IS NOT NULL AND c.from_at <= s.from_at) AS cached
      FROM s LEFT JOIN c ON c.wallet_id = s.wallet_id
    )
    SELECT
      (SELECT json_agg(json_build_array(p.wallet_id, p.cached, (extract(epoch FROM p.from_at) * 1000)::bigint)) FROM p)::text AS plan,
      (SELECT json_agg(json_build_array(w.id, w.tier, (extract(epoch FROM w.activated_at) * 1000)::bigint, c.id,
          (extract(epoch FROM c.created_at) * 1000)::bigint, c.province, c.city, (extract(epoch FROM last.created_at) * 1000)::bigint))
       FROM p JOIN wallet w ON w.id = p.wallet_id JOIN customer c ON c.id = w.customer_id
       LEFT JOIN LATERAL (
         SELECT t.created_at FROM "transaction" t
         WHERE NOT p.cached AND t.wallet_id = p.wallet_id AND t.created_at < p.from_at
         ORDER BY t.created_at DESC, t.id DESC LIMIT 1
       ) last ON true)::text AS facts,
      (SELECT json_agg(${ROW_JSON}) FROM (
         SELECT t.* FROM p JOIN LATERAL (
           SELECT * FROM "transaction" t WHERE t.wallet_id = p.wallet_id AND t.created_at >= p.from_at
         ) t ON true WHERE NOT p.cached
         UNION ALL
         SELECT t.* FROM p JOIN LATERAL (
           SELECT * FROM "transaction" t WHERE t.wallet_id = p.wallet_id AND t.id > p.watermark
         ) t ON true WHERE p.cached
       ) t)::text AS rows`;

  const plan = result?.plan ? (JSON.parse(result.plan) as [string, boolean, number][]) : [];
  const fresh = buildTimelines(result?.facts ?? null, result?.rows ?? null);
  const timelines = new Map<string, WalletTimeline>();
  for (const [walletId, cached, from] of plan) {
    const loaded = fresh.get(walletId);
    if (!loaded) continue;
    const entry = cached ? cache.entries.get(walletId) : undefined;
    let timeline = loaded;
    if (entry) {
      cache.hits++;
      const rows = entry.rows.concat(loaded.rows);
      let sorted = true;
      for (let i = entry.rows.length; i < rows.length && i > 0 && sorted; i++) sorted = compareRows(rows[i - 1]!, rows[i]!) < 0;
      if (!sorted) rows.sort(compareRows);
      const times = new Float64Array(rows.length);
      for (let i = 0; i < rows.length; i++) times[i] = rows[i]!.createdAt.getTime();
      timeline = { ...loaded, rows, times, lastActivityBeforeSpan: entry.lastBefore };
      cache.entries.delete(walletId);
    } else {
      cache.misses++;
      cache.entries.delete(walletId);
    }
    timelines.set(walletId, timeline);
    // Keep what is complete: every row up to this batch's last id (all committed), from the span's start.
    const watermark = entry && entry.watermark > toId ? entry.watermark : toId;
    const keep = timeline.rows.filter((r) => r.id! <= watermark);
    if (keep.length <= cache.maxRows) {
      cache.entries.set(walletId, { from: entry ? entry.from : from, watermark, rows: keep, lastBefore: timeline.lastActivityBeforeSpan });
    }
  }
  while (cache.entries.size > cache.maxWallets) cache.entries.delete(cache.entries.keys().next().value!);

  const types = new Set(scope.types);
  const statuses = new Set(scope.statuses);
  const transactions: ScoredTransaction[] = [];
  for (const timeline of timelines.values()) {
    for (const row of timeline.rows) {
      const id = row.id!;
      if (id > fromId && id <= toId && types.has(row.type) && statuses.has(row.status)) transactions.push(row);
    }
  }
  transactions.sort((a, b) => (a.id! < b.id! ? -1 : a.id! > b.id! ? 1 : 0));
  return { transactions, timelines };
}

function compareRows(a: ScoredTransaction, b: ScoredTransaction): number {
  const d = a.createdAt.getTime() - b.createdAt.getTime();
  if (d !== 0) return d;
  return a.id! < b.id! ? -1 : a.id! > b.id! ? 1 : 0;
}

function buildTimelines(factsJson: string | null, rowsJson: string | null): Map<string, WalletTimeline> {
  const timelines = new Map<string, WalletTimeline>();
  const facts = factsJson ? (JSON.parse(factsJson) as FactsTuple[]) : [];
  for (const f of facts) {
    timelines.set(f[0], {
      walletId: f[0],
      rows: [],
      times: new Float64Array(0),
      lastActivityBeforeSpan: f[7] === null ? null : new Date(f[7]),
      customer: { id: f[3], createdAt: new Date(f[4]), province: f[5], city: f[6] },
      wallet: { id: f[0], activatedAt: f[2] === null ? null : new Date(f[2]), tier: f[1] },
    });
  }
  // Unordered from the database (sorting inside json_agg cost more than the rest of the query): each
  // wallet's rows are put in (createdAt, id) order here, usually already nearly sorted.
  const rows = rowsJson ? (JSON.parse(rowsJson) as RowTuple[]) : [];
  for (const r of rows) {
    const timeline = timelines.get(r[1]);
    if (!timeline) continue;
    timeline.rows.push({
      id: BigInt(r[0]),
      walletId: r[1],
      type: r[2],
      status: r[3],
      amountFen: BigInt(r[4]),
      channel: r[5],
      mcc: r[6],
      merchantName: r[7],
      counterpartyWalletId: r[8],
      counterpartyName: r[9],
      cardId: r[10],
      country: r[11],
      crossBorder: r[12],
      deviceId: r[13],
      ip: r[14],
      createdAt: new Date(r[15]),
    });
  }
  for (const timeline of timelines.values()) {
    const list = timeline.rows;
    let sorted = true;
    for (let i = 1; i < list.length && sorted; i++) sorted = compareRows(list[i - 1]!, list[i]!) < 0;
    if (!sorted) list.sort(compareRows);
    const times = new Float64Array(list.length);
    for (let i = 0; i < list.length; i++) times[i] = list[i]!.createdAt.getTime();
    timeline.times = times;
  }
  return timelines;
}
