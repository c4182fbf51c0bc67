// Reading the review queue with any Prisma client (the app's through queue/queries.ts, a test's, the
// benchmark's): one keyset page, the per-status counts, and what the filter selects offer. Personal data
// leaves here masked: a list is no place to read a customer's name or ID number.
import { rolesWith } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";
import { distinctValues } from "@/lib/db/distinct-values";
import { readKeysetPage, type KeysetPage } from "@/lib/paging/keyset-page";
import { showPii } from "@/lib/privacy/policy";
import { encodeQueueCursor, KYC_STATUSES, OPEN_STATUSES, QUEUE_PAGE_SIZE, type KycStatusCode, type QueueCursor, type QueueFilters, type QueueSort } from "@/lib/kyc/queue/schemas";
import { queueCountsSql, queuePageSql, type QueueViewer } from "@/lib/kyc/queue/sql";

type Reader = Pick<Prisma.TransactionClient, "$queryRaw">;

export interface QueueRow {
  id: string;
  /** For "assign to me": the version the officer saw. */
  version: number;
  customerName: string;
  idNumber: string;
  province: string;
  tier: number;
  riskLevel: "LOW" | "MEDIUM" | "HIGH";
  riskScore: number;
  status: KycStatusCode;
  assigneeId: string | null;
  assigneeName: string | null;
  submittedAt: Date;
  dueAt: Date;
  /** Minutes since submission. */
  ageMinutes: number;
  /** Open (pending or in review) and past its due time. */
  overdue: boolean;
  /** A high-risk approval waiting for a compliance lead's confirmation. */
  approvalPending: boolean;
}

interface RawRow {
  id: string;
  version: number;
  customer_name: string | null;
  id_number: string;
  province: string;
  tier_requested: number;
  risk_level: QueueRow["riskLevel"];
  risk_score: number;
  status: KycStatusCode;
  assignee_id: string | null;
  assignee_name: string | null;
  submitted_at: Date;
  due_at: Date;
  approval_pending: boolean;
}

export type QueuePage = KeysetPage<QueueRow>;

export interface QueueView {
  filters: QueueFilters;
  sort: QueueSort;
  cursor: QueueCursor | null;
}

function toRow(raw: RawRow, now: Date): QueueRow {
  const open = (OPEN_STATUSES as readonly string[]).includes(raw.status);
  return {
    id: raw.id,
    version: raw.version,
    customerName: showPii("list", "name", raw.customer_name ?? ""),
    idNumber: showPii("list", "idNumber", raw.id_number),
    province: raw.province,
    tier: raw.tier_requested,
    riskLevel: raw.risk_level,
    riskScore: raw.risk_score,
    status: raw.status,
    assigneeId: raw.assignee_id,
    assigneeName: raw.assignee_name,
    submittedAt: raw.submitted_at,
    dueAt: raw.due_at,
    ageMinutes: Math.max(0, Math.floor((now.getTime() - raw.submitted_at.getTime()) / 60_000)),
    overdue: open && raw.due_at.getTime() < now.getTime(),
    approvalPending: raw.approval_pending,
  };
}

/** The cursor token of a row's position in a sort. */
export function queueCursorOf(row: Pick<QueueRow, "id" | "submittedAt" | "dueAt" | "riskScore">, sort: QueueSort): string {
  const values = sort === "submitted" ? [row.submittedAt.toISOString()] : sort === "due" ? [row.dueAt.toISOString()] : [row.riskScore, row.submittedAt.toISOString()];
  return encodeQueueCursor({ sort, values, id: row.id });
}

async function fetchRows(db: Reader, view: QueueView, viewer: QueueViewer, limit: number): Promise<RawRow[]> {
  const sql = queuePageSql(view.filters, view.sort, view.cursor, viewer, limit);
  return sql ? db.$queryRaw<RawRow[]>(sql) : [];
}

export function readQueuePage(db: Reader, view: QueueView, viewer: QueueViewer, pageSize = QUEUE_PAGE_SIZE): Promise<QueuePage> {
  return readKeysetPage({
    cursor: view.cursor,
    pageSize,
    fetch: (cursor, limit) => fetchRows(db, { ...view, cursor }, viewer, limit),
    toRow: (raw) => toRow(raw, viewer.now),
    encode: (row) => queueCursorOf(row, view.sort),
  });
}

export const QUEUE_COUNT_CAP = 10_000;

/** Submissions per status under the view's other filters; a value above `cap` means "more than cap". */
export async function readQueueCounts(db: Reader, filters: QueueFilters, viewer: QueueViewer, cap = QUEUE_COUNT_CAP): Promise<Record<KycStatusCode, number>> {
  const [row] = await db.$queryRaw<Record<KycStatusCode, number>[]>(queueCountsSql(filters, viewer, cap));
  return Object.fromEntries(KYC_STATUSES.map((status) => [status, Number(row?.[status] ?? 0)])) as Record<KycStatusCode, number>;
}

export interface QueueStaffOption {
  id: string;
  name: string;
  active: boolean;
}

export interface QueueFilterOptions {
  provinces: string[];
  /** Staff who may decide KYC (kyc:decide in permissions.ts), active first; only active ones can be given work. */
  officers: QueueStaffOption[];
}

export async function readQueueFilterOptions(db: Reader): Promise<QueueFilterOptions> {
  // The provinces customers live in, one index probe per province instead of reading every customer.
  const [provinces, officers] = await Promise.all([
    distinctValues(db, "customer.province"),
    db.$queryRaw<QueueStaffOption[]>`
      SELECT id, name, active FROM staff_user
      WHERE roles && ${rolesWith("kyc:decide")}::"Role"[]
      ORDER BY active DESC, name, id`,
  ]);
  return { provinces: provinces.sort((a, b) => a.localeCompare(b, "zh-CN")), officers };
}
