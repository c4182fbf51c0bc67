// Reading the alert queue with any Prisma client (the app's through queue/queries.ts, a test's, the
// benchmark's): one keyset page, the per-status counts, the newest alert (the live stream's probe) and what
// the filter selects offer. Customers' names leave here masked: a list is no place to read them whole.
import { rolesWith } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";
import { readKeysetPage, type KeysetPage } from "@/lib/paging/keyset-page";
import { showPii } from "@/lib/privacy/policy";
import { alertCountsSql, alertPageSql, type AlertViewer } from "@/lib/fraud/queue/sql";
import { ALERT_PAGE_SIZE, ALERT_STATUSES, encodeAlertCursor, type AlertCursor, type AlertFilters, type AlertSeverityCode, type AlertSort, type AlertStatusCode } from "@/lib/fraud/queue/view";

type Reader = Pick<Prisma.TransactionClient, "$queryRaw">;

export interface AlertRow {
  id: string;
  /** For "assign to me": the version the officer saw. */
  version: number;
  /** The rule's code (FraudRule.id is "rule_" + the code in lower case). */
  ruleCode: string;
  customerId: string;
  customerName: string;
  transactionId: string;
  amountFen: bigint;
  score: number;
  severity: AlertSeverityCode;
  status: AlertStatusCode;
  assigneeId: string | null;
  assigneeName: string | null;
  caseId: string | null;
  createdAt: Date;
}

interface RawRow {
  id: string;
  version: number;
  rule_id: string;
  customer_id: string;
  customer_name: string;
  transaction_id: bigint;
  amount_fen: bigint;
  score: number;
  severity_name: AlertSeverityCode;
  status: AlertStatusCode;
  assignee_id: string | null;
  assignee_name: string | null;
  case_id: string | null;
  created_at: Date;
}

export type AlertPage = KeysetPage<AlertRow>;

export interface AlertView {
  filters: AlertFilters;
  sort: AlertSort;
  cursor: AlertCursor | null;
}

export function ruleCodeOf(ruleId: string): string {
  return ruleId.replace(/^rule_/, "").toUpperCase();
}

function toRow(raw: RawRow): AlertRow {
  return {
    id: raw.id,
    version: raw.version,
    ruleCode: ruleCodeOf(raw.rule_id),
    customerId: raw.customer_id,
    customerName: showPii("list", "name", raw.customer_name),
    transactionId: String(raw.transaction_id),
    amountFen: BigInt(raw.amount_fen),
    score: Number(raw.score),
    severity: raw.severity_name,
    status: raw.status,
    assigneeId: raw.assignee_id,
    assigneeName: raw.assignee_name,
    caseId: raw.case_id,
    createdAt: raw.created_at,
  };
}

/** The cursor token of a row's position in a sort. */
export function alertCursorOf(row: Pick<AlertRow, "id" | "createdAt" | "severity" | "amountFen">, sort: AlertSort): string {
  const values = sort === "newest" ? [row.createdAt.toISOString()] : sort === "severity" ? [row.severity, row.createdAt.toISOString()] : [row.amountFen.toString()];
  return encodeAlertCursor({ sort, values, id: row.id });
}

export function readAlertPage(db: Reader, view: AlertView, viewer: AlertViewer, pageSize = ALERT_PAGE_SIZE): Promise<AlertPage> {
  return readKeysetPage({
    cursor: view.cursor,
    pageSize,
    fetch: (cursor, limit) => db.$queryRaw<RawRow[]>(alertPageSql(view.filters, view.sort, cursor, viewer, limit)),
    toRow,
    encode: (row) => alertCursorOf(row, view.sort),
  });
}

export const ALERT_COUNT_CAP = 10_000;

/** Alerts per status under the view's other filters; a value above `cap` means "more than cap". */
export async function readAlertCounts(db: Reader, filters: AlertFilters, viewer: AlertViewer, cap = ALERT_COUNT_CAP): Promise<Record<AlertStatusCode, number>> {
  const [row] = await db.$queryRaw<Record<AlertStatusCode, number>[]>(alertCountsSql(filters, viewer, cap));
  return Object.fromEntries(ALERT_STATUSES.map((status) => [status, Number(row?.[status] ?? 0)])) as Record<AlertStatusCode, number>;
}

export interface NewestAlert {
  id: string;
  createdAt: Date;
}

/**
 * The newest alert by (created_at, id): one probe of the (created_at, id) index, read once a second by the
 * live stream's single poller however many pages are open.
 */
export async function readNewestAlert(db: Reader): Promise<NewestAlert | null> {
  const [row] = await db.$queryRaw<{ id: string; created_at: Date }[]>`SELECT id, created_at FROM fraud_alert ORDER BY created_at DESC, id DESC LIMIT 1`;
  return row ? { id: row.id, createdAt: row.created_at } : null;
}

/** The alerts raised after a position (created_at, id), oldest first, at most `limit`: what "new" means. */
export async function readAlertsSince(db: Reader, since: NewestAlert, limit = 50): Promise<{ id: string; severity: AlertSeverityCode; createdAt: Date }[]> {
  const rows = await db.$queryRaw<{ id: string; severity: AlertSeverityCode; created_at: Date }[]>`
    SELECT id, severity::text AS severity, created_at FROM fraud_alert
    WHERE (created_at, id) > (${since.createdAt}::timestamptz, ${since.id}::text)
    ORDER BY created_at, id LIMIT ${limit}`;
  return rows.map((row) => ({ id: row.id, severity: row.severity, createdAt: row.created_at }));
}

export interface AlertStaffOption {
  id: string;
  name: string;
  active: boolean;
}

/** Staff who may work alerts (alert:resolve in permissions.ts), active first: the assignee filter's list. */
export function readAlertOfficers(db: Reader): Promise<AlertStaffOption[]> {
  return db.$queryRaw<AlertStaffOption[]>`
    SELECT id, name, active FROM staff_user
    WHERE roles && ${rolesWith("alert:resolve")}::"Role"[]
    ORDER BY active DESC, name, id`;
}
