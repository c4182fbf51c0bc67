// The customer search as a URL: the query (q) and, for the newest-customers list, a keyset cursor. Read
// leniently (a malformed cursor starts the list over) and written back short. No server imports.
import { z } from "zod";
import { decodeCursorToken, encodeCursorToken, isCursorTime } from "@/lib/paging/cursor-token";
import { REFERENCE_ID } from "@/lib/validation/ids";
import type { NewestCursor } from "@/lib/customers/search/sql";
import type { WalletStatus } from "@/lib/generated/prisma/enums";

export const CUSTOMER_PAGE_SIZE = 50;

type SearchParams = URLSearchParams | Record<string, string | string[] | undefined>;

function param(params: SearchParams, key: string): string | undefined {
  const value = params instanceof URLSearchParams ? (params.get(key) ?? undefined) : params[key];
  const single = Array.isArray(value) ? value[0] : value;
  return single === "" ? undefined : single;
}

export const WALLET_FILTERS = ["ACTIVE", "FROZEN", "PENDING_KYC", "CLOSED"] as const satisfies readonly WalletStatus[];

/** The newest list's wallet filter (?wallet=FROZEN); anything else lists every customer. */
export function readWalletFilter(params: SearchParams): WalletStatus | null {
  return z.enum(WALLET_FILTERS).nullable().catch(null).parse(param(params, "wallet") ?? null);
}

/** How much of ?q= is read at all: enough to tell "too long" (the classifier's answer) from a pasted page. */
const QUERY_READ_LIMIT = 1_000;

/** The query as typed. One the search cannot use (too long, say) is kept, so the page can say why. */
export function readCustomerQuery(params: SearchParams): string {
  return (param(params, "q") ?? "").trim().slice(0, QUERY_READ_LIMIT);
}

/**
 * Parameters of a /customers link that are there but unusable (a cursor that does not decode, a wallet
 * status that does not exist): the page ignores them and says so, rather than quietly showing page 1.
 */
export function unusableCustomerParams(params: SearchParams): ("after" | "before" | "wallet")[] {
  const out: ("after" | "before" | "wallet")[] = [];
  const wallet = param(params, "wallet");
  if (wallet !== undefined && readWalletFilter(params) === null) out.push("wallet");
  for (const direction of ["after", "before"] as const) {
    const token = param(params, direction);
    if (token !== undefined && decodeNewestCursor(token, direction) === null) out.push(direction);
  }
  return out;
}


export function encodeNewestCursor(createdAt: Date, id: string): string {
  return encodeCursorToken([createdAt.toISOString(), id]);
}

export function decodeNewestCursor(token: string, direction: NewestCursor["direction"]): NewestCursor | null {
  const parts = decodeCursorToken(token);
  if (!parts || parts.length !== 2) return null;
  const [createdAt, id] = parts;
  if (!isCursorTime(createdAt)) return null;
  if (typeof id !== "string" || !REFERENCE_ID.test(id)) return null;
  return { direction, createdAt, id };
}

export function readNewestCursor(params: SearchParams): NewestCursor | null {
  const after = param(params, "after");
  const before = param(params, "before");
  if (after) return decodeNewestCursor(after, "after");
  if (before) return decodeNewestCursor(before, "before");
  return null;
}

/** "/customers?…" for a query or a page of the newest list (of one wallet status). */
export function customersHref(query: string, cursor?: { direction: "after" | "before"; token: string }, wallet: WalletStatus | null = null): string {
  const params = new URLSearchParams();
  if (query) params.set("q", query);
  if (wallet && !query) params.set("wallet", wallet);
  if (cursor) params.set(cursor.direction, cursor.token);
  const text = params.toString();
  return text ? `/customers?${text}` : "/customers";
}
