// Keyset position in the transaction list (newest first, by created_at then id) and the links that carry
// it with the filters. No server imports: pagination links and the filter form use it.
import { decodeCursorToken, encodeCursorToken, isCursorTime } from "@/lib/paging/cursor-token";
import { TRANSACTION_FILTER_KEYS, type TransactionFilters } from "@/lib/transactions/schemas";
import { parseBigintId } from "@/lib/validation/ids";

/** "after": the rows that follow the position (older); "before": the rows that precede it (newer). */
export interface TransactionCursor {
  direction: "after" | "before";
  createdAt: Date;
  id: bigint;
}

export function encodeTransactionCursor(position: { createdAt: Date; id: bigint | string }): string {
  return encodeCursorToken([position.createdAt.toISOString(), position.id.toString()]);
}

/** A cursor, or null for anything malformed (the list then starts from the newest). */
export function decodeTransactionCursor(token: string, direction: TransactionCursor["direction"]): TransactionCursor | null {
  const parts = decodeCursorToken(token);
  if (!parts || parts.length !== 2) return null;
  const [time, id] = parts;
  if (!isCursorTime(time)) return null;
  const position = parseBigintId(id);
  if (position === null) return null;
  return { direction, createdAt: new Date(time), id: position };
}

type SearchParams = URLSearchParams | Record<string, string | string[] | undefined>;

function param(params: SearchParams, key: string): string | undefined {
  const value = params instanceof URLSearchParams ? (params.get(key) ?? undefined) : params[key];
  return (Array.isArray(value) ? value[0] : value) || undefined;
}

export function readTransactionCursor(params: SearchParams): TransactionCursor | null {
  const after = param(params, "after");
  const before = param(params, "before");
  if (after) return decodeTransactionCursor(after, "after");
  if (before) return decodeTransactionCursor(before, "before");
  return null;
}

/** The transaction whose drawer is open, from `?tx=`; null for anything that is not an id within bigint. */
export function readOpenTransaction(params: SearchParams): bigint | null {
  return parseBigintId(param(params, "tx"));
}

export interface TransactionLink {
  cursor?: { direction: "after" | "before"; token: string };
  /** Opens this transaction's drawer. */
  tx?: string;
  /** Leaves the wallet filter out: the customer's tab fixes the wallet itself. */
  omitWallet?: boolean;
}

/**
 * A link to a view of the list, on `basePath` ("/transactions", or "/customers/C1?tab=transactions" whose
 * own parameters are kept), without empty values: shareable, and the same query for the export.
 */
export function transactionHref(basePath: string, filters: TransactionFilters, link: TransactionLink = {}): string {
  const [path = "", baseQuery = ""] = basePath.split("?", 2);
  const params = new URLSearchParams(baseQuery);
  for (const key of TRANSACTION_FILTER_KEYS) {
    const value = filters[key];
    if (value && !(key === "wallet" && link.omitWallet)) params.set(key, value);
  }
  if (link.cursor) params.set(link.cursor.direction, link.cursor.token);
  if (link.tx) params.set("tx", link.tx);
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}
