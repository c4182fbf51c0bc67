// The customer search's SQL, one statement per kind of search (search/classify.ts), each answered by one
// index on customer. A plain module taking no database: the page (through search/read.ts), the tests and
// the benchmark run these very statements.
//
// Prefixes are written as explicit ranges with the pattern operators (~>=~, ~<~) of the text_pattern_ops
// indexes, not as LIKE: LIKE $1 only reaches an index when Postgres plans the statement with the value in
// hand, whereas a range is an index condition in every plan, generic or custom, whatever the collation.
// The ORDER BY uses the same operator class (USING ~<~), so the index also returns the rows in order and
// the LIMIT stops the scan after one page: no count of a million rows, ever.
import { Prisma } from "@/lib/generated/prisma/client";
import type { WalletStatus } from "@/lib/generated/prisma/enums";
import { prefixUpperBound, type CustomerSearch } from "@/lib/customers/search/classify";

const ROW = Prisma.raw(
  `c.id, c.name, c.phone, c.id_number, c.province, c.city, c.risk_level::text AS risk_level, c.created_at,
   w.id AS wallet_id, w.status::text AS wallet_status, w.tier AS wallet_tier`,
);
const FROM = Prisma.raw(`customer c LEFT JOIN wallet w ON w.customer_id = c.id`);

/** A text_pattern_ops column the prefix searches range over. */
type PatternColumn = "phone" | "id_number" | "email" | "name" | "pinyin_key";

function prefixRange(column: PatternColumn, prefix: string): Prisma.Sql {
  const col = Prisma.raw(`c.${column}`);
  return Prisma.sql`${col} ~>=~ ${prefix} AND ${col} ~<~ ${prefixUpperBound(prefix)}`;
}

function inPatternOrder(column: PatternColumn): Prisma.Sql {
  return Prisma.raw(`c.${column} USING ~<~, c.id`);
}

function whereAndOrder(search: CustomerSearch): { where: Prisma.Sql; order: Prisma.Sql } {
  switch (search.kind) {
    case "customerId":
      return { where: Prisma.sql`c.id = ${search.value}`, order: Prisma.raw("c.id") };
    case "walletId":
      return { where: Prisma.sql`c.id = (SELECT customer_id FROM wallet WHERE id = ${search.value})`, order: Prisma.raw("c.id") };
    case "idNumber":
      return { where: Prisma.sql`c.id_number = ${search.value}`, order: Prisma.raw("c.id") };
    case "maskedIdNumber":
      // The range over the first six narrows to one area code; the last four are checked on those rows.
      return {
        where: Prisma.sql`${prefixRange("id_number", search.prefix)} AND right(c.id_number, 4) = ${search.last4} AND length(c.id_number) = 18`,
        order: inPatternOrder("id_number"),
      };
    case "phone":
      return search.exact
        ? { where: Prisma.sql`c.phone = ${search.value}`, order: Prisma.raw("c.id") }
        : { where: prefixRange("phone", search.value), order: inPatternOrder("phone") };
    case "email":
      return search.exact
        ? { where: Prisma.sql`c.email = ${search.value}`, order: Prisma.raw("c.id") }
        : { where: prefixRange("email", search.value), order: inPatternOrder("email") };
    case "name":
      return { where: prefixRange("name", search.value), order: inPatternOrder("name") };
    case "pinyin":
      return { where: prefixRange("pinyin_key", search.value), order: inPatternOrder("pinyin_key") };
  }
}

/** At most `limit` customers matching the search (a page and one more, to know whether to say "refine"). */
export function customerSearchSql(search: CustomerSearch, limit: number): Prisma.Sql {
  const { where, order } = whereAndOrder(search);
  return Prisma.sql`SELECT ${ROW} FROM ${FROM} WHERE ${where} ORDER BY ${order} LIMIT ${limit}`;
}

/** Keyset position in the newest-first list: the (created_at, id) of the row a page starts after or ends before. */
export interface NewestCursor {
  direction: "after" | "before";
  createdAt: string;
  id: string;
}

/**
 * One page of the newest customers, walked by keyset over customer(created_at): "after" reads older rows,
 * "before" newer ones in reverse (the caller turns them around).
 */
export function newestCustomersSql(cursor: NewestCursor | null, limit: number, wallet: WalletStatus | null = null): Prisma.Sql {
  // The wallet filter rides the same walk: the rows of the chosen status are read in registration order,
  // each checked against its wallet, so a rare status (frozen) reads more rows per page, never a sort.
  const status = wallet ? [Prisma.sql`w.status = ${wallet}::"WalletStatus"`] : [];
  const where = (conditions: Prisma.Sql[]) => (conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty);
  if (!cursor) return Prisma.sql`SELECT ${ROW} FROM ${FROM} ${where(status)} ORDER BY c.created_at DESC, c.id DESC LIMIT ${limit}`;
  const at = Prisma.sql`${cursor.createdAt}::timestamptz`;
  return cursor.direction === "after"
    ? Prisma.sql`SELECT ${ROW} FROM ${FROM} ${where([Prisma.sql`(c.created_at, c.id) < (${at}, ${cursor.id})`, ...status])} ORDER BY c.created_at DESC, c.id DESC LIMIT ${limit}`
    : Prisma.sql`SELECT ${ROW} FROM ${FROM} ${where([Prisma.sql`(c.created_at, c.id) > (${at}, ${cursor.id})`, ...status])} ORDER BY c.created_at ASC, c.id ASC LIMIT ${limit}`;
}
