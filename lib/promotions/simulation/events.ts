// The events a simulation replays, read the way the reward worker sees them: successful payments (for the
// cashback and points types and the FIRST_PAYMENT bonus), wallet activations, first card links. Each stream
// is read in keyset chunks in time order, only the columns the rules need, with the promotion's payment
// filters (channels, categories, the least amount that can earn) pushed into SQL: they only drop payments
// the rules would refuse anyway. Customer facts are joined by wallet id through a cache.
//
// The reads go over a plain `pg` connection (runner.ts opens it), not Prisma's raw queries: Prisma's raw
// path turned 5,000 rows the database returned in 15 ms into about 300 ms of client time, which over ten
// million rows is the whole run (docs/bench-promotions-simulation.md). Times travel as epoch milliseconds
// (timestamptz(3) holds whole milliseconds, so they are exact) and bigints as text.
import { Prisma } from "@/lib/generated/prisma/client";
import type { TransactionChannel } from "@/lib/generated/prisma/enums";
import type { PromotionParams } from "@/lib/promotions/params";
import type { CustomerFacts } from "@/lib/promotions/rules/types";

/** Runs one statement and returns its rows (a plain pg client's query, or Prisma's $queryRaw in tests). */
export type Query = <T>(sql: Prisma.Sql) => Promise<T[]>;

export type EventStream = "PAYMENT" | "WALLET_ACTIVATION" | "CARD_LINK";

export interface Cursor {
  at: string;
  id: string;
}

/** The one kind of event a promotion's type can reward. */
export function streamOf(params: PromotionParams): EventStream {
  if (params.type !== "SIGNUP_BONUS" || params.bonusTrigger === "FIRST_PAYMENT" || params.bonusTrigger === null) return "PAYMENT";
  return params.bonusTrigger;
}

/** The least payment amount that can earn anything: the minimum, the 满 threshold, ¥1 for points. */
function leastAmountFen(params: PromotionParams): number | null {
  const floors = [params.minAmountFen, params.type === "CASHBACK_FIXED" ? params.thresholdFen : null, params.type === "POINTS_MULTIPLIER" ? 100 : null];
  const set = floors.filter((f): f is number => f !== null);
  return set.length === 0 ? null : Math.max(...set);
}

function paymentFilters(params: PromotionParams): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (params.channels.length > 0) parts.push(Prisma.sql`AND channel = ANY(${params.channels as string[]}::"TransactionChannel"[])`);
  if (params.mccs.length > 0) parts.push(Prisma.sql`AND mcc = ANY(${params.mccs}::bpchar[])`);
  const least = leastAmountFen(params);
  if (least !== null) parts.push(Prisma.sql`AND amount_fen >= ${BigInt(least)}`);
  return parts.length === 0 ? Prisma.empty : Prisma.join(parts, " ");
}

export async function countEvents(query: Query, stream: EventStream, params: PromotionParams, from: Date, to: Date): Promise<number> {
  const rows =
    stream === "PAYMENT"
      ? await query<{ n: string }>(Prisma.sql`
          SELECT count(*)::text AS n FROM "transaction"
          WHERE type = 'PAYMENT' AND status = 'SUCCEEDED' AND created_at >= ${from} AND created_at < ${to} ${paymentFilters(params)}`)
      : stream === "WALLET_ACTIVATION"
        ? await query<{ n: string }>(Prisma.sql`SELECT count(*)::text AS n FROM wallet WHERE activated_at >= ${from} AND activated_at < ${to}`)
        : await query<{ n: string }>(Prisma.sql`
            SELECT count(*)::text AS n FROM bank_card c
            WHERE c.linked_at >= ${from} AND c.linked_at < ${to}
              AND NOT EXISTS (SELECT 1 FROM bank_card e WHERE e.wallet_id = c.wallet_id AND (e.linked_at, e.id) < (c.linked_at, c.id))`);
  return Number(rows[0]?.n ?? 0);
}

/** One event as read: the wallet, the time, the row's key for the cursor and, for a payment, what the rules look at. */
export interface EventRow {
  walletId: string;
  at: Date;
  id: string;
  txId?: bigint;
  amountFen?: bigint;
  channel?: TransactionChannel;
  mcc?: string | null;
}

const ms = (column: string) => Prisma.raw(`(extract(epoch from ${column}) * 1000)::float8`);

/** The next chunk of the stream after the cursor, in time order (facts are joined by the cache). */
export async function loadChunk(query: Query, stream: EventStream, params: PromotionParams, from: Date, to: Date, cursor: Cursor | null, limit: number): Promise<EventRow[]> {
  if (stream === "PAYMENT") {
    const after = cursor ? Prisma.sql`AND (created_at, id) > (${cursor.at}::timestamptz, ${cursor.id}::bigint)` : Prisma.empty;
    const rows = await query<{ id: string; wallet_id: string; amount_fen: string; channel: TransactionChannel; mcc: string | null; at_ms: number }>(Prisma.sql`
      SELECT id::text AS id, wallet_id, amount_fen::text AS amount_fen, channel::text AS channel, mcc, ${ms("created_at")} AS at_ms
      FROM "transaction"
      WHERE type = 'PAYMENT' AND status = 'SUCCEEDED' AND created_at >= ${from} AND created_at < ${to} ${after} ${paymentFilters(params)}
      ORDER BY created_at, id
      LIMIT ${limit}`);
    return rows.map((r) => ({ walletId: r.wallet_id, at: new Date(r.at_ms), id: r.id, txId: BigInt(r.id), amountFen: BigInt(r.amount_fen), channel: r.channel, mcc: r.mcc }));
  }
  if (stream === "WALLET_ACTIVATION") {
    const after = cursor ? Prisma.sql`AND (activated_at, id) > (${cursor.at}::timestamptz, ${cursor.id})` : Prisma.empty;
    const rows = await query<{ id: string; at_ms: number }>(Prisma.sql`
      SELECT id, ${ms("activated_at")} AS at_ms FROM wallet
      WHERE activated_at >= ${from} AND activated_at < ${to} ${after}
      ORDER BY activated_at, id LIMIT ${limit}`);
    return rows.map((r) => ({ walletId: r.id, at: new Date(r.at_ms), id: r.id }));
  }
  const after = cursor ? Prisma.sql`AND (c.linked_at, c.id) > (${cursor.at}::timestamptz, ${cursor.id})` : Prisma.empty;
  const rows = await query<{ id: string; wallet_id: string; at_ms: number }>(Prisma.sql`
    SELECT c.id, c.wallet_id, ${ms("c.linked_at")} AS at_ms FROM bank_card c
    WHERE c.linked_at >= ${from} AND c.linked_at < ${to} ${after}
      AND NOT EXISTS (SELECT 1 FROM bank_card e WHERE e.wallet_id = c.wallet_id AND (e.linked_at, e.id) < (c.linked_at, c.id))
    ORDER BY c.linked_at, c.id LIMIT ${limit}`);
  return rows.map((r) => ({ walletId: r.wallet_id, at: new Date(r.at_ms), id: r.id }));
}

/** Customer facts by wallet id, read once per wallet for the whole run. */
export class FactsCache {
  private readonly facts = new Map<string, CustomerFacts | null>();
  /** Each wallet's first successful payment id (FIRST_PAYMENT bonuses only). */
  private readonly firstPayment = new Map<string, bigint | null>();

  get(walletId: string): CustomerFacts | null {
    return this.facts.get(walletId) ?? null;
  }

  isFirstPayment(walletId: string, txId: bigint): boolean {
    return this.firstPayment.get(walletId) === txId;
  }

  async load(query: Query, walletIds: Iterable<string>, withFirstPayments: boolean): Promise<void> {
    const missing = [...new Set(walletIds)].filter((id) => !this.facts.has(id));
    if (missing.length > 0) {
      const rows = await query<{ id: string; customer_id: string; tier: number; province: string; registered_ms: number }>(Prisma.sql`
        SELECT w.id, w.customer_id, w.tier::int AS tier, c.province, ${ms("c.created_at")} AS registered_ms
        FROM wallet w JOIN customer c ON c.id = w.customer_id
        WHERE w.id = ANY(${missing}::text[])`);
      for (const id of missing) this.facts.set(id, null);
      for (const r of rows) this.facts.set(r.id, { customerId: r.customer_id, tier: Number(r.tier), province: r.province, registeredAt: new Date(r.registered_ms) });
    }
    if (!withFirstPayments) return;
    const unknown = [...new Set(walletIds)].filter((id) => !this.firstPayment.has(id));
    if (unknown.length === 0) return;
    const rows = await query<{ wallet_id: string; id: string }>(Prisma.sql`
      SELECT w.id AS wallet_id, f.id::text AS id
      FROM unnest(${unknown}::text[]) AS w(id)
      CROSS JOIN LATERAL (
        SELECT t.id FROM "transaction" t
        WHERE t.wallet_id = w.id AND t.type = 'PAYMENT' AND t.status = 'SUCCEEDED'
        ORDER BY t.created_at, t.id LIMIT 1) f`);
    for (const id of unknown) this.firstPayment.set(id, null);
    for (const r of rows) this.firstPayment.set(r.wallet_id, BigInt(r.id));
  }
}

/** Customers with a fraud alert raised before `to`, and whether any of their alerts is CONFIRMED. */
export async function alertedCustomers(query: Query, to: Date): Promise<Map<string, { any: true; confirmed: boolean }>> {
  const rows = await query<{ customer_id: string; confirmed: boolean }>(Prisma.sql`
    SELECT customer_id, bool_or(status = 'CONFIRMED') AS confirmed FROM fraud_alert WHERE created_at < ${to} GROUP BY customer_id`);
  return new Map(rows.map((r) => [r.customer_id, { any: true as const, confirmed: r.confirmed }]));
}
