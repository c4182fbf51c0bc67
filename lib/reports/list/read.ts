// Reading the report list with any Prisma client (the app's through list/queries.ts, a test's): one keyset
// page of a kind and the chip counts. Pure of server-only imports so tests run it directly.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RegulatoryReportKind, RegulatoryReportStatus } from "@/lib/generated/prisma/enums";
import { classifyQuery, type CustomerSearch } from "@/lib/customers/search/classify";
import { readKeysetPage, type KeysetPage } from "@/lib/paging/keyset-page";
import { REPORT_STATUSES } from "@/lib/reports/fields";
import { reportCountsSql, reportPageSql, type ListSqlInput } from "@/lib/reports/list/sql";
import { encodeReportCursor, LIST_PAGE_SIZE, type ReportListCursor, type ReportListFilters } from "@/lib/reports/list/view";

type Reader = Pick<Prisma.TransactionClient, "$queryRaw">;

export interface ReportListRow {
  id: string;
  reference: string;
  kind: RegulatoryReportKind;
  status: RegulatoryReportStatus;
  customerId: string;
  /** Whole as stored: the page masks it (a list shows names masked). */
  customerName: string;
  basisDay: string;
  dueDay: string;
  thresholdCode: string | null;
  direction: string | null;
  totalFen: bigint;
  totalUsdCents: bigint;
  transactionCount: number;
  trigger: string | null;
  crimeType: string | null;
  urgent: boolean;
  caseId: string | null;
  alertId: string | null;
  correctsReportId: string | null;
  /** The alert page that shows the STR's source: its alert, or its case's first alert (a case has no page of its own). */
  sourceAlertId: string | null;
  /** Null on the detector's own drafts. */
  draftedByName: string | null;
  sortKey: number;
}

interface RawRow {
  id: string;
  reference: string;
  kind: RegulatoryReportKind;
  status: RegulatoryReportStatus;
  customer_id: string;
  customer_name: string;
  basis_day: string;
  due_day: string;
  threshold_code: string | null;
  direction: string | null;
  total_fen: bigint;
  total_usd_cents: bigint;
  transaction_count: number;
  trigger: string | null;
  crime_type: string | null;
  urgent: boolean;
  case_id: string | null;
  alert_id: string | null;
  corrects_report_id: string | null;
  source_alert_id: string | null;
  drafted_by_name: string | null;
  sort_key: number;
}

function toRow(raw: RawRow): ReportListRow {
  return {
    id: raw.id,
    reference: raw.reference,
    kind: raw.kind,
    status: raw.status,
    customerId: raw.customer_id,
    customerName: raw.customer_name,
    basisDay: raw.basis_day,
    dueDay: raw.due_day,
    thresholdCode: raw.threshold_code,
    direction: raw.direction,
    totalFen: BigInt(raw.total_fen),
    totalUsdCents: BigInt(raw.total_usd_cents),
    transactionCount: Number(raw.transaction_count),
    trigger: raw.trigger,
    crimeType: raw.crime_type,
    urgent: raw.urgent,
    caseId: raw.case_id,
    alertId: raw.alert_id,
    correctsReportId: raw.corrects_report_id,
    sourceAlertId: raw.source_alert_id,
    draftedByName: raw.drafted_by_name,
    sortKey: Number(raw.sort_key),
  };
}

export type ReportCountKey = RegulatoryReportStatus | "all" | "overdue" | "dueToday" | "awaitingMe";
export type ReportCounts = Record<ReportCountKey, number>;
const COUNT_KEYS: readonly ReportCountKey[] = ["all", ...REPORT_STATUSES, "overdue", "dueToday", "awaitingMe"];

export interface ReportListView {
  kind: RegulatoryReportKind;
  filters: ReportListFilters;
  /** The Shanghai day overdue and due today are measured against. */
  today: string;
  /** Whose approval the "mine" filter and the awaiting-me count mean. */
  viewerId?: string;
}

/** The view's customer query read as the customer search reads it; "invalid" when it cannot be. */
export function customerSearchOf(filters: ReportListFilters): CustomerSearch | "invalid" | null {
  if (!filters.customer) return null;
  const classified = classifyQuery(filters.customer);
  return classified.ok ? classified.search : "invalid";
}

export type ReportListPage = KeysetPage<ReportListRow> & { customerQuery: "ok" | "invalid" };

function sqlInput(view: ReportListView, customer: CustomerSearch | null): ListSqlInput {
  return { kind: view.kind, filters: view.filters, customer, today: view.today, viewerId: view.viewerId };
}

export async function readReportPage(db: Reader, view: ReportListView, cursor: ReportListCursor | null, pageSize = LIST_PAGE_SIZE): Promise<ReportListPage> {
  const customer = customerSearchOf(view.filters);
  if (customer === "invalid") return { rows: [], prev: null, next: null, customerQuery: "invalid" };
  const page = await readKeysetPage({
    cursor,
    pageSize,
    fetch: (c, limit) => db.$queryRaw<RawRow[]>(reportPageSql(sqlInput(view, customer), c, limit)),
    toRow,
    encode: (row) => encodeReportCursor({ key: row.sortKey, reference: row.reference }),
  });
  return { ...page, customerQuery: "ok" };
}

/** The chip counts of a kind under the view's filters other than status and deadline. */
export async function readReportCounts(db: Reader, view: ReportListView, viewerId = view.viewerId ?? ""): Promise<ReportCounts> {
  const customer = customerSearchOf(view.filters);
  if (customer === "invalid") return Object.fromEntries(COUNT_KEYS.map((key) => [key, 0])) as ReportCounts;
  const [row] = await db.$queryRaw<Record<ReportCountKey, number>[]>(reportCountsSql(sqlInput(view, customer), viewerId));
  return Object.fromEntries(COUNT_KEYS.map((key) => [key, Number(row?.[key] ?? 0)])) as ReportCounts;
}
