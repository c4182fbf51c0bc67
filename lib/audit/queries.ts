// Reading the audit trail: filtered pages newest first, one event, and the values the filter selects
// offer. Pages are keyset on the id (the chain's order), so page 10,000 costs what page 1 costs.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db/client";
import { db } from "@/lib/db";
import { auditTimeRange, type AuditCursor, type AuditFilters } from "@/lib/audit/schemas";
import { distinctValues } from "@/lib/db/distinct-values";
import { readKeysetPage } from "@/lib/paging/keyset-page";

export const AUDIT_PAGE_SIZE = 50;

export function auditEventWhere(filters: AuditFilters): Prisma.AuditEventWhereInput {
  const range = auditTimeRange(filters);
  return {
    ...(filters.actor ? { actorId: filters.actor } : {}),
    ...(filters.actorEmail ? { actorEmail: { contains: filters.actorEmail, mode: "insensitive" as const } } : {}),
    ...(filters.action ? { action: filters.action } : {}),
    ...(filters.entityType ? { entityType: filters.entityType } : {}),
    ...(filters.entityId ? { entityId: filters.entityId } : {}),
    ...(filters.outcome ? { outcome: filters.outcome } : {}),
    ...(range ? { createdAt: range } : {}),
  };
}

const listSelect = {
  id: true,
  createdAt: true,
  actorId: true,
  actorEmail: true,
  action: true,
  entityType: true,
  entityId: true,
  outcome: true,
  ip: true,
  reason: true,
  actor: { select: { name: true } },
} satisfies Prisma.AuditEventSelect;

export type AuditListRow = Prisma.AuditEventGetPayload<{ select: typeof listSelect }>;

export interface AuditPage {
  rows: AuditListRow[];
  /** Cursor for the "newer" link (the first row's id), or null on the newest page. */
  newer: bigint | null;
  /** Cursor for the "older" link (the last row's id), or null on the oldest page. */
  older: bigint | null;
}

/**
 * One page of events, newest first, walked by lib/paging like every other list. Reading order is id
 * descending, so the URL's `before` (older events) reads on, and `after` (newer ones) reads back.
 */
export async function listAuditEvents(filters: AuditFilters, cursor: AuditCursor = {}, from: Db = db): Promise<AuditPage> {
  const where = auditEventWhere(filters);
  const position =
    cursor.before !== undefined ? { direction: "after" as const, id: cursor.before } : cursor.after !== undefined ? { direction: "before" as const, id: cursor.after } : null;
  const page = await readKeysetPage({
    cursor: position,
    pageSize: AUDIT_PAGE_SIZE,
    fetch: (at, limit) =>
      from.auditEvent.findMany({
        where: at === null ? where : { AND: [where, { id: at.direction === "after" ? { lt: at.id } : { gt: at.id } }] },
        orderBy: { id: at?.direction === "before" ? "asc" : "desc" },
        take: limit,
        select: listSelect,
      }),
    toRow: (row) => row,
    encode: (row) => row.id.toString(),
  });
  return { rows: page.rows, newer: page.prev === null ? null : BigInt(page.prev), older: page.next === null ? null : BigInt(page.next) };
}

const eventInclude = { actor: { select: { name: true, email: true } } } satisfies Prisma.AuditEventInclude;
export type AuditEventRow = Prisma.AuditEventGetPayload<{ include: typeof eventInclude }>;

/** One event with its neighbours in the chain, or null. */
export async function getAuditEvent(id: bigint, from: Db = db): Promise<{ event: AuditEventRow; previousId: bigint | null; nextId: bigint | null } | null> {
  const event = await from.auditEvent.findUnique({ where: { id }, include: eventInclude });
  if (!event) return null;
  const [previous, next] = await Promise.all([
    from.auditEvent.findFirst({ where: { id: { lt: id } }, orderBy: { id: "desc" }, select: { id: true } }),
    from.auditEvent.findFirst({ where: { id: { gt: id } }, orderBy: { id: "asc" }, select: { id: true } }),
  ]);
  return { event, previousId: previous?.id ?? null, nextId: next?.id ?? null };
}

/** Names of the staff among these ids (ids that are not staff are left out): the diff shows people by name. */
export async function staffNamesById(ids: readonly string[], from: Db = db): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await from.staffUser.findMany({ where: { id: { in: [...ids] } }, select: { id: true, name: true } });
  return new Map(rows.map((row) => [row.id, row.name]));
}

export interface AuditFilterOptions {
  actions: string[];
  entityTypes: string[];
  staff: { id: string; name: string; email: string }[];
}

/**
 * The distinct actions and entity types (lib/db/distinct-values.ts: one index probe per distinct value):
 * plain DISTINCT would read every event, and the trail only grows.
 */
export async function auditFilterOptions(from: Db = db): Promise<AuditFilterOptions> {
  const [actions, entityTypes, staff] = await Promise.all([
    distinctValues(from, "audit_event.action"),
    distinctValues(from, "audit_event.entity_type"),
    // Deactivated staff too: their past actions stay in the trail.
    from.staffUser.findMany({ select: { id: true, name: true, email: true }, orderBy: [{ name: "asc" }, { email: "asc" }] }),
  ]);
  return { actions, entityTypes, staff };
}

const exportInclude = { actor: { select: { name: true } } } satisfies Prisma.AuditEventInclude;
export type AuditExportRow = Prisma.AuditEventGetPayload<{ include: typeof exportInclude }>;

/** Every matching event, newest first, in keyset batches: memory stays flat however many match. */
export async function* auditEventBatches(filters: AuditFilters, batchSize: number, from: Db = db): AsyncGenerator<AuditExportRow[]> {
  const where = auditEventWhere(filters);
  let cursor: bigint | null = null;
  for (;;) {
    const batch: AuditExportRow[] = await from.auditEvent.findMany({
      where: cursor === null ? where : { AND: [where, { id: { lt: cursor } }] },
      orderBy: { id: "desc" },
      take: batchSize,
      include: exportInclude,
    });
    if (batch.length > 0) yield batch;
    if (batch.length < batchSize) return;
    cursor = batch.at(-1)!.id;
  }
}
