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

interface TransactionRow {
  id: bigint;
  wallet_id: string;
  type: ScoredTransaction["type"];
  status: ScoredTransaction["status"];
  amount_fen: bigint;
  channel: ScoredTransaction["channel"];
  mcc: string | null;
  merchant_name: string | null;
  counterparty_wallet_id: string | null;
  counterparty_name: string | null;
  card_id: string | null;
  country: string;
  cross_border: boolean;
  device_id: string;
  ip: string;
  created_at: Date;
}

interface FactsRow {
  wallet_id: string;
  tier: number;
  activated_at: Date | null;
  customer_id: string;
  customer_created_at: Date;
  province: string;
  city: string;
  last_before: Date | null;
}

async function loadTimelines(db: HistoryReader, spans: Span[]): Promise<Map<string, WalletTimeline>> {
  const timelines = new Map<string, WalletTimeline>();
  if (spans.length === 0) return timelines;
  const ids = spans.map((s) => s.walletId);
  const froms = spans.map((s) => s.from.toISOString());
  const tos = spans.map((s) => s.to.toISOString());

  // Facts first, then the rows: both read the same committed data for the wallets (rows are only added).
  const facts = await db.$queryRaw<FactsRow[]>`
    SELECT w.id AS wallet_id, w.tier::int AS tier, w.activated_at, c.id AS customer_id, c.created_at AS customer_created_at,
      c.province, c.city, last.created_at AS last_before
    FROM unnest(${ids}::text[], ${froms}::timestamptz[]) AS s(wallet_id, from_at)
    JOIN wallet w ON w.id = s.wallet_id
    JOIN customer c ON c.id = w.customer_id
    LEFT JOIN LATERAL (
      SELECT t.created_at FROM "transaction" t
      WHERE t.wallet_id = s.wallet_id AND t.created_at < s.from_at
      ORDER BY t.created_at DESC, t.id DESC LIMIT 1
    ) last ON true`;
  const rows = await db.$queryRaw<TransactionRow[]>`
    SELECT t.id, t.wallet_id, t.type::text AS type, t.status::text AS status, t.amount_fen, t.channel::text AS channel,
      t.mcc, t.merchant_name, t.counterparty_wallet_id, t.counterparty_name, t.card_id, t.country, t.cross_border,
      t.device_id, t.ip, t.created_at
    FROM unnest(${ids}::text[], ${froms}::timestamptz[], ${tos}::timestamptz[]) AS s(wallet_id, from_at, to_at)
    JOIN LATERAL (
      SELECT * FROM "transaction" t
      WHERE t.wallet_id = s.wallet_id AND t.created_at >= s.from_at AND t.created_at <= s.to_at
    ) t ON true
    ORDER BY t.wallet_id, t.created_at, t.id`;

  for (const f of facts) {
    timelines.set(f.wallet_id, {
      walletId: f.wallet_id,
      rows: [],
      times: new Float64Array(0),
      lastActivityBeforeSpan: f.last_before,
      customer: { id: f.customer_id, createdAt: f.customer_created_at, province: f.province, city: f.city },
      wallet: { id: f.wallet_id, activatedAt: f.activated_at, tier: Number(f.tier) },
    });
  }
  for (const r of rows) {
    const timeline = timelines.get(r.wallet_id);
    if (!timeline) continue;
    timeline.rows.push({
      id: r.id,
      walletId: r.wallet_id,
      type: r.type,
      status: r.status,
      amountFen: r.amount_fen,
      channel: r.channel,
      mcc: r.mcc,
      merchantName: r.merchant_name,
      counterpartyWalletId: r.counterparty_wallet_id,
      counterpartyName: r.counterparty_name,
      cardId: r.card_id,
      country: r.country,
      crossBorder: r.cross_border,
      deviceId: r.device_id,
      ip: r.ip,
      createdAt: r.created_at,
    });
  }
  for (const timeline of timelines.values()) {
    const times = new Float64Array(timeline.rows.length);
    for (let i = 0; i < times.length; i++) times[i] = timeline.rows[i]!.createdAt.getTime();
    timeline.times = times;
  }
  return timelines;
}
