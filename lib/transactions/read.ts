// Reading transactions with any Prisma client (the app's through queries.ts, a test's, the benchmark's):
// one keyset page, the export's batches, and one transaction with its wallet, customer and card. Personal
// data leaves here masked: a counterparty's or customer's name is shown with its given name starred.
import { readKeysetPage, type KeysetPage } from "@/lib/paging/keyset-page";
import type { Prisma } from "@/lib/generated/prisma/client";
import { showPii } from "@/lib/privacy/policy";
import { encodeTransactionCursor, type TransactionCursor } from "@/lib/transactions/cursor";
import { transactionPageSql } from "@/lib/transactions/page-sql";
import { transactionReference } from "@/lib/transactions/reference-number";
import { TRANSACTION_PAGE_SIZE, type TransactionChannelCode, type TransactionFilters, type TransactionStatusCode, type TransactionTypeCode } from "@/lib/transactions/schemas";

type Reader = Pick<Prisma.TransactionClient, "$queryRaw">;

export interface TransactionRow {
  id: string;
  /** The 交易流水号 staff quote (reference-number.ts); `id` stays the URL's and the cursor's key. */
  reference: string;
  walletId: string;
  customerId: string;
  type: TransactionTypeCode;
  status: TransactionStatusCode;
  channel: TransactionChannelCode;
  amountFen: bigint;
  currency: string;
  originalAmountMinor: bigint | null;
  /** CNY per unit of `currency`, as the database holds it ("0.048215"). */
  fxRate: string | null;
  merchantName: string | null;
  mcc: string | null;
  counterpartyName: string | null;
  country: string;
  crossBorder: boolean;
  createdAt: Date;
}

export interface TransactionExportRow extends TransactionRow {
  counterpartyWalletId: string | null;
  cardId: string | null;
  deviceId: string;
  ip: string;
}

interface RawRow {
  id: bigint | string;
  wallet_id: string;
  customer_id: string;
  type: TransactionTypeCode;
  status: TransactionStatusCode;
  channel: TransactionChannelCode;
  amount_fen: bigint | string;
  currency: string;
  original_amount_minor: bigint | string | null;
  fx_rate: string | null;
  merchant_name: string | null;
  mcc: string | null;
  counterparty_name: string | null;
  country: string;
  cross_border: boolean;
  created_at: Date;
  counterparty_wallet_id?: string | null;
  card_id?: string | null;
  device_id?: string;
  ip?: string;
}

function toRow(raw: RawRow): TransactionRow {
  return {
    id: String(raw.id),
    reference: transactionReference(String(raw.id), raw.created_at),
    walletId: raw.wallet_id,
    customerId: raw.customer_id,
    type: raw.type,
    status: raw.status,
    channel: raw.channel,
    amountFen: BigInt(raw.amount_fen),
    currency: raw.currency,
    originalAmountMinor: raw.original_amount_minor === null ? null : BigInt(raw.original_amount_minor),
    fxRate: raw.fx_rate,
    merchantName: raw.merchant_name,
    mcc: raw.mcc,
    counterpartyName: raw.counterparty_name === null ? null : showPii("list", "name", raw.counterparty_name),
    country: raw.country,
    crossBorder: raw.cross_border,
    createdAt: raw.created_at,
  };
}

function toExportRow(raw: RawRow): TransactionExportRow {
  return { ...toRow(raw), counterpartyWalletId: raw.counterparty_wallet_id ?? null, cardId: raw.card_id ?? null, deviceId: raw.device_id ?? "", ip: raw.ip ?? "" };
}

export type TransactionPage = KeysetPage<TransactionRow>;

export function readTransactionPage(db: Reader, filters: TransactionFilters, cursor: TransactionCursor | null, pageSize = TRANSACTION_PAGE_SIZE): Promise<TransactionPage> {
  return readKeysetPage({
    cursor,
    pageSize,
    fetch: (at, limit) => db.$queryRaw<RawRow[]>(transactionPageSql(filters, at, limit)),
    toRow,
    encode: encodeTransactionCursor,
  });
}

/** Runs one statement and returns its rows: Prisma's `$queryRaw`, or a plain `pg` client (the export's). */
export type RawQuery = (sql: Prisma.Sql) => Promise<unknown[]>;

/**
 * Every matching transaction, newest first, in keyset batches: memory stays flat however many match.
 * Bigints may arrive as strings (pg's default for int8): every conversion below takes either.
 */
export async function* transactionBatches(query: RawQuery, filters: TransactionFilters, batchSize: number): AsyncGenerator<TransactionExportRow[]> {
  let cursor: TransactionCursor | null = null;
  for (;;) {
    const raw = (await query(transactionPageSql(filters, cursor, batchSize, "export"))) as RawRow[];
    if (raw.length > 0) yield raw.map(toExportRow);
    if (raw.length < batchSize) return;
    const last = raw.at(-1)!;
    cursor = { direction: "after", createdAt: last.created_at, id: BigInt(last.id) };
  }
}
