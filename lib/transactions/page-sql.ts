// The transaction list's SQL: filters, an optional wallet scope and a keyset cursor over (created_at, id),
// newest first. A plain module taking no database: the page, the customer's tab, the CSV export and the
// benchmark run these very statements.
//
// No OFFSET and no COUNT: a page starts at its cursor inside one index range ((created_at, id), or
// (wallet_id, created_at, id) for one wallet, or (type, created_at, id) for one type), so page 100,000
// reads what page 1 reads. The page is limited in a subquery and only then joined to its wallets, so the
// join costs one lookup per row shown whatever the plan.
import { Prisma } from "@/lib/generated/prisma/client";
import type { TransactionCursor } from "@/lib/transactions/cursor";
import { parseTransactionReference } from "@/lib/transactions/reference-number";
import { TRANSACTION_CHANNELS, TRANSACTION_STATUSES, TRANSACTION_TYPES, transactionBounds, type TransactionFilters } from "@/lib/transactions/schemas";

const LIST_COLUMNS = `id, wallet_id, type::text AS type, status::text AS status, amount_fen, currency, original_amount_minor,
  fx_rate::text AS fx_rate, channel::text AS channel, merchant_name, mcc, counterparty_name, country, cross_border, created_at`;

/** The list's columns and, for the export, those a drawer shows too (device, IP, card, counterparty wallet). */
const COLUMNS = {
  list: Prisma.raw(LIST_COLUMNS),
  export: Prisma.raw(`${LIST_COLUMNS}, counterparty_wallet_id, card_id, device_id, ip`),
} as const;

export type TransactionColumns = keyof typeof COLUMNS;

// Enum values come from fixed lists (zod enums), so they are written as literals: the planner then sees
// the exact value, as it would in a hand-written query.
function literal(value: string, allowed: readonly string[]): Prisma.Sql {
  if (!allowed.includes(value)) throw new Error(`not a transaction literal: ${value}`);
  return Prisma.raw(`'${value}'`);
}

/** Every condition of the view, without the keyset. */
export function transactionConditions(filters: TransactionFilters): Prisma.Sql[] {
  const where: Prisma.Sql[] = [];
  const bounds = transactionBounds(filters);
  if (filters.wallet) where.push(Prisma.sql`wallet_id = ${filters.wallet}`);
  const reference = filters.ref ? parseTransactionReference(filters.ref) : null;
  if (reference) {
    // The id finds the row; the day must match too, so a reference is only ever its own transaction.
    where.push(Prisma.sql`id = ${reference.id.toString()}::bigint`);
    where.push(Prisma.sql`created_at >= ${reference.dayStart.toISOString()}::timestamptz AND created_at < ${reference.dayEnd.toISOString()}::timestamptz`);
  }
  if (filters.type) where.push(Prisma.sql`type = ${literal(filters.type, TRANSACTION_TYPES)}`);
  if (filters.channel) where.push(Prisma.sql`channel = ${literal(filters.channel, TRANSACTION_CHANNELS)}`);
  if (filters.status) where.push(Prisma.sql`status = ${literal(filters.status, TRANSACTION_STATUSES)}`);
  if (bounds.from) where.push(Prisma.sql`created_at >= ${bounds.from.toISOString()}::timestamptz`);
  if (bounds.toExclusive) where.push(Prisma.sql`created_at < ${bounds.toExclusive.toISOString()}::timestamptz`);
  if (bounds.minFen !== undefined) where.push(Prisma.sql`amount_fen >= ${bounds.minFen.toString()}::bigint`);
  if (bounds.maxFen !== undefined) where.push(Prisma.sql`amount_fen <= ${bounds.maxFen.toString()}::bigint`);
  if (filters.mcc) where.push(Prisma.sql`mcc = ${filters.mcc}`);
  if (filters.country) where.push(Prisma.sql`country = ${filters.country}`);
  if (filters.crossBorder) where.push(Prisma.sql`cross_border`);
  return where;
}

export function transactionWhere(filters: TransactionFilters): Prisma.Sql {
  const where = transactionConditions(filters);
  return where.length > 0 ? Prisma.join(where, " AND ") : Prisma.sql`true`;
}

/**
 * One page in the reading direction: rows after an "after" cursor newest first, rows before a "before"
 * cursor oldest first (the caller turns them around). `limit` is usually a page and one more, to know
 * whether another follows.
 */
export function transactionPageSql(filters: TransactionFilters, cursor: Pick<TransactionCursor, "direction" | "createdAt" | "id"> | null, limit: number, columns: TransactionColumns = "list"): Prisma.Sql {
  const reversed = cursor?.direction === "before";
  const where = transactionConditions(filters);
  if (cursor) {
    const position = Prisma.sql`(${cursor.createdAt.toISOString()}::timestamptz, ${cursor.id.toString()}::bigint)`;
    where.push(reversed ? Prisma.sql`(created_at, id) > ${position}` : Prisma.sql`(created_at, id) < ${position}`);
  }
  const direction = Prisma.raw(reversed ? "ASC" : "DESC");
  const whereSql = where.length > 0 ? Prisma.sql`WHERE ${Prisma.join(where, " AND ")}` : Prisma.empty;
  return Prisma.sql`
    SELECT p.*, w.customer_id
    FROM (SELECT ${COLUMNS[columns]} FROM "transaction" ${whereSql} ORDER BY created_at ${direction}, id ${direction} LIMIT ${limit}) AS p
    JOIN wallet w ON w.id = p.wallet_id
    ORDER BY p.created_at ${direction}, p.id ${direction}`;
}
