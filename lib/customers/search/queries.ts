// The customer search as the console runs it: the app's database, the signed-in staff member (whose
// permission is checked here too, not only by the page) and the request, over search/read.ts.
import "server-only";
import type { RequestMeta } from "@/lib/audit/write";
import { requirePermission } from "@/lib/auth/permissions";
import type { StaffSession } from "@/lib/auth/session";
import { db } from "@/lib/db";
import type { Db } from "@/lib/db/client";
import type { WalletStatus } from "@/lib/generated/prisma/enums";
import { requestMeta } from "@/lib/http/request-meta";
import { classifyQuery, type ClassifiedQuery, type CustomerSearchKind } from "@/lib/customers/search/classify";
import { readCustomerSearch, readNewestCustomers, type NewestPage, type SearchResult } from "@/lib/customers/search/read";
import type { NewestCursor } from "@/lib/customers/search/sql";

export type CustomerListing =
  | { mode: "newest"; page: NewestPage }
  | { mode: "search"; kind: CustomerSearchKind; result: SearchResult }
  | { mode: "invalid"; reason: Exclude<Exclude<ClassifiedQuery, { ok: true }>["reason"], "empty"> };

/** What /customers shows for a query (or, without one, a page of the newest customers). */
export async function listCustomers(db: Db, staff: StaffSession, query: string, cursor: NewestCursor | null, request: RequestMeta | null, wallet: WalletStatus | null = null): Promise<CustomerListing> {
  requirePermission(staff, "customer:view");
  const classified = classifyQuery(query);
  if (!classified.ok) {
    if (classified.reason === "empty") return { mode: "newest", page: await readNewestCustomers(db, cursor, undefined, wallet) };
    return { mode: "invalid", reason: classified.reason };
  }
  const result = await readCustomerSearch(db, classified.search, { actor: staff, request });
  return { mode: "search", kind: classified.search.kind, result };
}

/** The page's call: the app's database and the request's address for the audit record. */
export async function listCustomersForPage(staff: StaffSession, query: string, cursor: NewestCursor | null, wallet: WalletStatus | null): Promise<CustomerListing> {
  return listCustomers(db, staff, query, cursor, await requestMeta(), wallet);
}
