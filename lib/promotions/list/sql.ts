// The promotion list's SQL, built from a view (tab, type, sort, keyset cursor). A plain module taking no
// database: the page (through list/queries.ts) and tests run these statements. Each sort ends in the id, so
// a cursor names exactly one position; no OFFSET.
import { Prisma } from "@/lib/generated/prisma/client";
import { PROMOTION_STATUSES, PROMOTION_TYPES } from "@/lib/promotions/fields";
import type { ListCursor, ListFilters, ListSort } from "@/lib/promotions/list/view";

const SORT: Record<ListSort, { column: string; direction: "asc" | "desc"; cast: string }> = {
  starts: { column: "p.starts_at", direction: "desc", cast: "timestamptz" },
  created: { column: "p.created_at", direction: "desc", cast: "timestamptz" },
  priority: { column: "p.priority", direction: "asc", cast: "int" },
};

function literal(value: string, allowed: readonly string[]): Prisma.Sql {
  if (!allowed.includes(value)) throw new Error(`not a promotion literal: ${value}`);
  return Prisma.raw(`'${value}'`);
}

/** A version waiting for this viewer's approval: pending, and written by someone else. */
function awaitingViewer(viewerId: string): Prisma.Sql {
  return Prisma.sql`EXISTS (SELECT 1 FROM promotion_version v WHERE v.promotion_id = p.id AND v.status = 'PENDING_APPROVAL' AND v.author_id <> ${viewerId})`;
}

function conditions(filters: ListFilters, viewerId: string, withTab: boolean): Prisma.Sql[] {
  const where: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (filters.type) where.push(Prisma.sql`p.type = ${literal(filters.type, PROMOTION_TYPES)}`);
  if (withTab && filters.tab === "mine") where.push(awaitingViewer(viewerId));
  else if (withTab && filters.tab !== "all") where.push(Prisma.sql`p.status = ${literal(filters.tab, PROMOTION_STATUSES)}`);
  return where;
}

export function listPageSql(filters: ListFilters, sort: ListSort, cursor: ListCursor | null, viewerId: string, limit: number): Prisma.Sql {
  const key = SORT[sort];
  // Reading backwards flips the order; the reader turns the page around.
  const backwards = cursor?.direction === "before";
  const direction = backwards ? (key.direction === "asc" ? "desc" : "asc") : key.direction;
  const where = conditions(filters, viewerId, true);
  if (cursor) {
    const op = Prisma.raw(direction === "asc" ? ">" : "<");
    where.push(Prisma.sql`(${Prisma.raw(key.column)}, p.id) ${op} (${cursor.value}::${Prisma.raw(key.cast)}, ${cursor.id})`);
  }
  const order = Prisma.raw(`${key.column} ${direction}, p.id ${direction}`);
  return Prisma.sql`
    SELECT p.id, p.name, p.type::text AS type, p.status::text AS status, p.starts_at, p.ends_at, p.created_at, p.budget_fen, p.spent_fen,
           p.priority, (p.params->>'stackable')::boolean AS stackable, p.pause_reason,
           (SELECT count(*)::int FROM promotion_reward r WHERE r.promotion_id = p.id AND r.status = 'PAID') AS rewards_paid,
           EXISTS (SELECT 1 FROM promotion_version v WHERE v.promotion_id = p.id AND v.status = 'PENDING_APPROVAL') AS pending_version,
           EXISTS (SELECT 1 FROM promotion_version v WHERE v.promotion_id = p.id AND v.status = 'DRAFT' AND p.live_version_id IS NOT NULL) AS draft_version
    FROM promotion p
    WHERE ${Prisma.join(where, " AND ")}
    ORDER BY ${order}
    LIMIT ${limit}`;
}

/** Promotions per status, and awaiting the viewer's approval, under the view's type filter. */
export function listCountsSql(filters: ListFilters, viewerId: string): Prisma.Sql {
  const where = conditions(filters, viewerId, false);
  const perStatus = PROMOTION_STATUSES.map((status) => Prisma.sql`count(*) FILTER (WHERE p.status = ${literal(status, PROMOTION_STATUSES)})::int AS ${Prisma.raw(`"${status}"`)}`);
  return Prisma.sql`
    SELECT count(*)::int AS "all", ${Prisma.join(perStatus, ", ")}, count(*) FILTER (WHERE ${awaitingViewer(viewerId)})::int AS "mine"
    FROM promotion p
    WHERE ${Prisma.join(where, " AND ")}`;
}
