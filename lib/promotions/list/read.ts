// Reading the promotion list with any Prisma client (the app's through list/queries.ts, a test's): one keyset
// page and the per-tab counts.
import type { Prisma } from "@/lib/generated/prisma/client";
import { readKeysetPage, type KeysetPage } from "@/lib/paging/keyset-page";
import { listCountsSql, listPageSql } from "@/lib/promotions/list/sql";
import { encodeListCursor, LIST_PAGE_SIZE, LIST_TABS, type ListCursor, type ListFilters, type ListSort, type ListTab, type PromotionStatusCode, type PromotionTypeCode } from "@/lib/promotions/list/view";

type Reader = Pick<Prisma.TransactionClient, "$queryRaw">;

export interface PromotionListRow {
  id: string;
  name: string;
  type: PromotionTypeCode;
  status: PromotionStatusCode;
  startsAt: Date;
  endsAt: Date;
  createdAt: Date;
  budgetFen: bigint;
  spentFen: bigint;
  priority: number;
  stackable: boolean;
  /** The guard's pause (BUDGET_FORECAST, FRAUD_SHARE) while PAUSED; MANUAL or null otherwise. */
  pauseReason: string | null;
  rewardsPaid: number;
  /** A version is waiting for approval (the first one, or a change to a running promotion). */
  pendingVersion: boolean;
  /** A change to an approved promotion is being drafted. */
  draftVersion: boolean;
}

interface RawRow {
  id: string;
  name: string;
  type: PromotionTypeCode;
  status: PromotionStatusCode;
  starts_at: Date;
  ends_at: Date;
  created_at: Date;
  budget_fen: bigint;
  spent_fen: bigint;
  priority: number;
  stackable: boolean | null;
  pause_reason: string | null;
  rewards_paid: number;
  pending_version: boolean;
  draft_version: boolean;
}

export interface ListView {
  filters: ListFilters;
  sort: ListSort;
  cursor: ListCursor | null;
}

function toRow(raw: RawRow): PromotionListRow {
  return {
    id: raw.id,
    name: raw.name,
    type: raw.type,
    status: raw.status,
    startsAt: raw.starts_at,
    endsAt: raw.ends_at,
    createdAt: raw.created_at,
    budgetFen: BigInt(raw.budget_fen),
    spentFen: BigInt(raw.spent_fen),
    priority: raw.priority,
    stackable: raw.stackable === true,
    pauseReason: raw.pause_reason,
    rewardsPaid: Number(raw.rewards_paid),
    pendingVersion: raw.pending_version,
    draftVersion: raw.draft_version,
  };
}

export function listCursorOf(row: Pick<PromotionListRow, "id" | "startsAt" | "createdAt" | "priority">, sort: ListSort): string {
  const value = sort === "starts" ? row.startsAt.toISOString() : sort === "created" ? row.createdAt.toISOString() : row.priority;
  return encodeListCursor({ sort, value, id: row.id });
}

export function readPromotionPage(db: Reader, view: ListView, viewerId: string, pageSize = LIST_PAGE_SIZE): Promise<KeysetPage<PromotionListRow>> {
  return readKeysetPage({
    cursor: view.cursor,
    pageSize,
    fetch: (cursor, limit) => db.$queryRaw<RawRow[]>(listPageSql(view.filters, view.sort, cursor, viewerId, limit)),
    toRow,
    encode: (row) => listCursorOf(row, view.sort),
  });
}

export async function readPromotionCounts(db: Reader, filters: ListFilters, viewerId: string): Promise<Record<ListTab, number>> {
  const [row] = await db.$queryRaw<Record<ListTab, number>[]>(listCountsSql(filters, viewerId));
  return Object.fromEntries(LIST_TABS.map((tab) => [tab, Number(row?.[tab] ?? 0)])) as Record<ListTab, number>;
}
