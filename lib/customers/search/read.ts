// Reading the customer search with any Prisma client (the app's through search/queries.ts, a test's, the
// benchmark's). Personal data leaves here masked as lib/privacy/policy.ts says for lists: staff pick the
// right person by the masked name, region, phone and ID number; the customer's 360 shows the rest.
import { readKeysetPage, type KeysetPage } from "@/lib/paging/keyset-page";
import type { Db } from "@/lib/db/client";
import { recordAudit, type AuditActor, type RequestMeta } from "@/lib/audit/write";
import type { CustomerSearch } from "@/lib/customers/search/classify";
import { CUSTOMER_PAGE_SIZE, encodeNewestCursor } from "@/lib/customers/search/schemas";
import { customerSearchSql, newestCustomersSql, type NewestCursor } from "@/lib/customers/search/sql";
import type { RiskLevel, WalletStatus } from "@/lib/generated/prisma/enums";
import { showPii } from "@/lib/privacy/policy";

type Reader = Pick<Db, "$queryRaw">;

export interface CustomerRow {
  id: string;
  name: string;
  phoneMasked: string;
  idNumberMasked: string;
  province: string;
  city: string;
  riskLevel: RiskLevel;
  createdAt: Date;
  wallet: { id: string; status: WalletStatus; tier: number } | null;
}

interface RawRow {
  id: string;
  name: string;
  phone: string;
  id_number: string;
  province: string;
  city: string;
  risk_level: RiskLevel;
  created_at: Date;
  wallet_id: string | null;
  wallet_status: WalletStatus | null;
  wallet_tier: number | null;
}

function toRow(raw: RawRow): CustomerRow {
  return {
    id: raw.id,
    name: showPii("list", "name", raw.name),
    phoneMasked: showPii("list", "phone", raw.phone),
    idNumberMasked: showPii("list", "idNumber", raw.id_number),
    province: raw.province,
    city: raw.city,
    riskLevel: raw.risk_level,
    createdAt: raw.created_at,
    wallet: raw.wallet_id ? { id: raw.wallet_id, status: raw.wallet_status!, tier: Number(raw.wallet_tier) } : null,
  };
}

export interface SearchResult {
  rows: CustomerRow[];
  /** More customers match than one page shows: the staff member should refine the search. */
  more: boolean;
}

export interface Searcher {
  actor: AuditActor;
  request: RequestMeta | null;
}

/**
 * One page of customers matching the search. Looking someone up by their whole ID number is itself a
 * personal-data access, so that search writes its audit event (with the number masked) in the same
 * transaction as the read, before any result is returned.
 */
export async function readCustomerSearch(db: Db, search: CustomerSearch, searcher: Searcher, pageSize = CUSTOMER_PAGE_SIZE): Promise<SearchResult> {
  const sql = customerSearchSql(search, pageSize + 1);
  const fetched =
    search.kind === "idNumber"
      ? await db.$transaction(async (tx) => {
          const rows = await tx.$queryRaw<RawRow[]>(sql);
          await recordAudit(tx, {
            actor: searcher.actor,
            action: "customer.search-id-number",
            entityType: "Customer",
            entityId: rows.length === 1 ? rows[0]!.id : null,
            after: { idNumber: search.value, matches: rows.map((row) => row.id) },
            request: searcher.request,
          });
          return rows;
        })
      : await db.$queryRaw<RawRow[]>(sql);
  return { rows: fetched.slice(0, pageSize).map(toRow), more: fetched.length > pageSize };
}

export type NewestPage = KeysetPage<CustomerRow>;

export function readNewestCustomers(db: Reader, cursor: NewestCursor | null, pageSize = CUSTOMER_PAGE_SIZE, wallet: WalletStatus | null = null): Promise<NewestPage> {
  return readKeysetPage({
    cursor,
    pageSize,
    fetch: (at, limit) => db.$queryRaw<RawRow[]>(newestCustomersSql(at, limit, wallet)),
    toRow,
    encode: (row) => encodeNewestCursor(row.createdAt, row.id),
  });
}
