// The one code path that writes wallet transactions: the rows and every rollup the analytics read (daily
// rollup, daily and hourly cubes, hour-of-day, wallet activity, first payment) are written together, in one
// statement, so the rollups can never drift from the transactions they summarise. A transaction's status
// is final when it is written (failed and reversed rows are written as such; refunds and claw-backs are rows
// of their own) and nothing updates it later, so no other code path has to keep the rollups.
import { Prisma } from "@/lib/generated/prisma/client";
import type { TransactionChannel, TransactionStatus, TransactionType } from "@/lib/generated/prisma/enums";
import { ROLLUP_CTES } from "@/lib/analytics/rollups/cells";

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

/** Call inside a Prisma transaction (the shared write lock is held until it commits). */
export async function recordTransactions(tx: Writer, rows: NewTransaction[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock_shared(${TRANSACTION_WRITE_LOCK}::bigint)`;
  await insertRows(tx, rows);
}

/**
 * One statement: INSERT ... SELECT FROM unnest(arrays) (about twenty times faster than createMany's VALUES
 * lists, which matters when the simulator streams millions of rows), its RETURNING rows joined once to
 * their wallets and customers (province and tier as written), and the rollups added from them in the same
 * statement (lib/analytics/rollups/cells.ts): no second round trip, no aggregation in Node.
 */
async function insertRows(tx: Writer, rows: NewTransaction[]): Promise<void> {
  const column = <T>(pick: (row: NewTransaction) => T | null | undefined) =>
    rows.map((row) => {
      const value = pick(row);
      return value === undefined || value === null ? null : typeof value === "bigint" ? value.toString() : value;
    });
  await tx.$executeRaw`
    WITH ins AS (
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
    )
    RETURNING wallet_id, type, status, channel, cross_border, mcc, amount_fen, created_at
    ),
    src AS (
      SELECT ins.wallet_id, ins.type, ins.status, ins.channel, ins.cross_border, coalesce(ins.mcc, '') AS mcc, ins.amount_fen,
        ins.created_at, c.province, w.tier, ins.created_at AT TIME ZONE 'Asia/Shanghai' AS local
      FROM ins JOIN wallet w ON w.id = ins.wallet_id JOIN customer c ON c.id = w.customer_id
    ),
    ${ROLLUP_CTES}
    SELECT 1`;
}
