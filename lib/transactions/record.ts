// The one code path that writes wallet transactions: the rows and the daily rollups the analytics read
// are written together, so the rollups can never drift from the transactions they summarise.
import { Prisma } from "@/lib/generated/prisma/client";
import type { TransactionChannel, TransactionStatus, TransactionType } from "@/lib/generated/prisma/enums";
import { shanghaiDay } from "@/lib/time";

type Writer = Pick<Prisma.TransactionClient, "$executeRaw">;

/**
 * The advisory lock key that orders transaction writes against the fraud scoring cursor. Every writer
 * holds it shared from before its rows get their ids until it commits; the scoring worker's cutter takes
 * it exclusively for an instant before it reads max(id), so every id at or below what it reads is
 * committed (never 106 committed while 105 is still in flight) and the cursor can move past it safely.
 */
export const TRANSACTION_WRITE_LOCK = 1_100_311;

export type NewTransaction = Prisma.TransactionCreateManyInput & {
  type: TransactionType;
  channel: TransactionChannel;
  status: TransactionStatus;
  amountFen: bigint;
  createdAt: Date;
};

interface RollupCell {
  day: string;
  type: TransactionType;
  channel: TransactionChannel;
  status: TransactionStatus;
  crossBorder: boolean;
  count: number;
  amountFen: bigint;
}

/** Call inside a Prisma transaction (the shared write lock is held until it commits). */
export async function recordTransactions(tx: Writer, rows: NewTransaction[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock_shared(${TRANSACTION_WRITE_LOCK}::bigint)`;
  await insertRows(tx, rows);
  await addToRollups(tx, summarise(rows));
}

/** One INSERT ... SELECT FROM unnest(arrays): about twenty times faster than createMany's VALUES lists,
 *  which matters when the simulator streams millions of rows. */
async function insertRows(tx: Writer, rows: NewTransaction[]): Promise<void> {
  const column = <T>(pick: (row: NewTransaction) => T | null | undefined) =>
    rows.map((row) => {
      const value = pick(row);
      return value === undefined || value === null ? null : typeof value === "bigint" ? value.toString() : value;
    });
  await tx.$executeRaw`
    INSERT INTO "transaction" (wallet_id, type, status, amount_fen, currency, original_amount_minor, fx_rate, channel,
      merchant_name, mcc, counterparty_wallet_id, counterparty_name, card_id, country, cross_border, device_id, ip,
      fraud_pattern, fraud_incident, original_transaction_id, created_at)
    SELECT * FROM unnest(
      ${column((r) => r.walletId)}::text[], ${column((r) => r.type)}::"TransactionType"[],
      ${column((r) => r.status)}::"TransactionStatus"[], ${column((r) => r.amountFen)}::bigint[],
      ${column((r) => r.currency ?? "CNY")}::text[], ${column((r) => r.originalAmountMinor)}::bigint[],
      ${column((r) => r.fxRate?.toString())}::numeric[], ${column((r) => r.channel)}::"TransactionChannel"[],
      ${column((r) => r.merchantName)}::text[], ${column((r) => r.mcc)}::text[],
      ${column((r) => r.counterpartyWalletId)}::text[], ${column((r) => r.counterpartyName)}::text[],
      ${column((r) => r.cardId)}::text[], ${column((r) => r.country ?? "CN")}::text[],
      ${column((r) => r.crossBorder ?? false)}::boolean[], ${column((r) => r.deviceId)}::text[], ${column((r) => r.ip)}::text[],
      ${column((r) => r.fraudPattern)}::"FraudPattern"[],
      ${column((r) => r.fraudIncident)}::text[], ${column((r) => r.originalTransactionId)}::bigint[],
      ${column((r) => (r.createdAt as Date).toISOString())}::timestamptz[]
    )`;
}

function summarise(rows: NewTransaction[]): RollupCell[] {
  const cells = new Map<string, RollupCell>();
  for (const row of rows) {
    const day = shanghaiDay(row.createdAt);
    const crossBorder = row.crossBorder ?? false;
    const key = `${day}|${row.type}|${row.channel}|${row.status}|${crossBorder}`;
    const cell = cells.get(key);
    if (cell) {
      cell.count += 1;
      cell.amountFen += row.amountFen;
    } else {
      cells.set(key, { day, type: row.type, channel: row.channel, status: row.status, crossBorder, count: 1, amountFen: row.amountFen });
    }
  }
  return [...cells.values()];
}

async function addToRollups(tx: Writer, cells: RollupCell[]): Promise<void> {
  const values = cells.map(
    (c) =>
      Prisma.sql`(${c.day}::date, ${c.type}::"TransactionType", ${c.channel}::"TransactionChannel", ${c.status}::"TransactionStatus", ${c.crossBorder}, ${c.count}, ${c.amountFen})`,
  );
  await tx.$executeRaw`
    INSERT INTO transaction_daily_rollup (day, type, channel, status, cross_border, count, amount_fen)
    VALUES ${Prisma.join(values)}
    ON CONFLICT (day, type, channel, status, cross_border) DO UPDATE
    SET count = transaction_daily_rollup.count + EXCLUDED.count,
        amount_fen = transaction_daily_rollup.amount_fen + EXCLUDED.amount_fen`;
}
