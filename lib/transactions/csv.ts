// The transaction search as CSV: matching rows read in keyset batches (read.ts, the list's own SQL) and
// streamed through lib/csv/stream.ts, so an export of millions of rows keeps memory flat. Amounts are
// decimal yuan computed from fen with BigInt (never a float), times ISO 8601 in Beijing time.
//
// The batches go over a plain `pg` connection of the export's own, not through Prisma: Prisma's raw query
// path held about 180 MB more at peak for the same batches and took twice as long (docs/bench-transactions-
// postgres.md), and a long export then never holds one of the app pool's connections.
import type { Readable } from "node:stream";
import pg from "pg";
import { csvByteStream, spreadsheetSafe } from "@/lib/csv/stream";
import { countryName } from "@/lib/i18n/regions";
import type { Locale, MessageKey, Translate } from "@/lib/i18n/translate";
import { fenToYuanText, minorToDecimalText } from "@/lib/money";
import { showPii } from "@/lib/privacy/policy";
import { shanghaiIsoString } from "@/lib/time";
import { transactionBatches, type TransactionExportRow } from "@/lib/transactions/read";
import { isKnownMcc } from "@/lib/transactions/reference";
import type { TransactionFilters } from "@/lib/transactions/schemas";

export const TRANSACTION_CSV_BATCH = 1_000;

const COLUMNS = [
  "reference", "time", "type", "status", "channel", "amountCny", "currency", "originalAmount", "fxRate", "merchant", "mcc", "mccName",
  "counterparty", "counterpartyWallet", "country", "countryName", "crossBorder", "walletId", "customerId", "cardId", "deviceId", "ip",
] as const;

type Column = (typeof COLUMNS)[number];

export function transactionCsvColumns(t: Translate): { key: Column; header: string }[] {
  return COLUMNS.map((key) => ({ key, header: t(`transactions.csv.${key}` as MessageKey) }));
}

export function transactionCsvRecord(row: TransactionExportRow, t: Translate, locale: Locale): Record<Column, string> {
  const foreign = row.currency !== "CNY" && row.originalAmountMinor !== null;
  const record: Record<Column, string> = {
    reference: row.reference,
    time: shanghaiIsoString(row.createdAt),
    type: t(`transactions.type.${row.type}`),
    status: t(`transactions.status.${row.status}`),
    channel: t(`transactions.channel.${row.channel}`),
    amountCny: fenToYuanText(row.amountFen),
    currency: row.currency,
    originalAmount: foreign ? minorToDecimalText(row.originalAmountMinor!, row.currency) : "",
    fxRate: row.fxRate ?? "",
    merchant: row.merchantName ?? "",
    mcc: row.mcc ?? "",
    mccName: isKnownMcc(row.mcc) ? t(`transactions.mcc.${row.mcc}`) : "",
    counterparty: row.counterpartyName === null ? "" : showPii("csvExport", "name", row.counterpartyName),
    counterpartyWallet: row.counterpartyWalletId ?? "",
    country: row.country,
    countryName: countryName(row.country, locale),
    crossBorder: t(row.crossBorder ? "transactions.csv.yes" : "transactions.csv.no"),
    walletId: row.walletId,
    customerId: row.customerId,
    cardId: row.cardId ?? "",
    deviceId: row.deviceId,
    ip: row.ip,
  };
  for (const key of COLUMNS) record[key] = spreadsheetSafe(record[key]);
  return record;
}

export interface TransactionCsvOptions {
  /** The database the export reads, on a connection it opens for itself and closes at the end. */
  connectionString: string;
  filters: TransactionFilters;
  t: Translate;
  /** The language of t, for the names (countries) that come from lib/i18n rather than the catalogue. */
  locale: Locale;
  batchSize?: number;
}

/** The same few labels are asked for on every row: look each up once per export. */
function memoized(t: Translate): Translate {
  const seen = new Map<string, string>();
  return (key, values) => {
    if (values) return t(key, values);
    let label = seen.get(key);
    if (label === undefined) seen.set(key, (label = t(key)));
    return label;
  };
}

/** A byte stream of the CSV; reading it drives the queries (back-pressure), cancelling it stops them. */
export function transactionCsvStream({ connectionString, filters, t: translate, locale, batchSize = TRANSACTION_CSV_BATCH }: TransactionCsvOptions): Readable {
  const t = memoized(translate);
  async function* records() {
    const client = new pg.Client({ connectionString });
    await client.connect();
    try {
      const query = async (sql: { text: string; values: unknown[] }) => (await client.query(sql.text, sql.values)).rows;
      for await (const batch of transactionBatches(query, filters, batchSize)) yield batch.map((row) => transactionCsvRecord(row, t, locale));
    } finally {
      // Also when the download is cancelled: the generator is returned and the connection closed.
      await client.end();
    }
  }
  return csvByteStream(records(), transactionCsvColumns(t), "transaction export");
}

/** 2026-11-11T14:30:05.123+08:00 -> "transactions-20261111-1430.csv", the export's time in Beijing. */
export function transactionCsvFilename(now: Date): string {
  const stamp = shanghaiIsoString(now).slice(0, 16).replace(/-/g, "").replace("T", "-").replace(":", "");
  return `transactions-${stamp}.csv`;
}
