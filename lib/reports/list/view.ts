// The report list's view as a URL: status chip, deadline (overdue / due today), due before, customer, the
// business-day range and the keyset cursor. Read leniently (a bad value falls back to its default) and
// written back without defaults. No server imports and no zod: the filter form reads and writes it in the
// browser. The kind is the route (/reports large-value, /reports/suspicious), not a parameter.
import { decodeCursorToken, encodeCursorToken, readPageCursor, searchParam, type SearchParams } from "@/lib/paging/cursor-token";
import { REPORT_STATUSES } from "@/lib/reports/fields";
import type { RegulatoryReportKind, RegulatoryReportStatus } from "@/lib/generated/prisma/enums";

export const LIST_PAGE_SIZE = 50;
/** Long enough for a customer id, a name, a phone prefix or the masked ID number the console shows. */
export const CUSTOMER_QUERY_MAX = 40;

/** Deadline chips: unfiled reports past their due day, or due today. */
export const DUE_FILTERS = ["overdue", "today"] as const;
export type DueFilter = (typeof DUE_FILTERS)[number];

export interface ReportListFilters {
  status?: RegulatoryReportStatus;
  /** Submitted for review by and drafted by someone else than the viewer: what they may approve (four eyes). */
  mine?: true;
  due?: DueFilter;
  /** Due on or before this day (YYYY-MM-DD). */
  dueBefore?: string;
  /** What the customer search accepts: id, name, pinyin, phone prefix, masked ID number. */
  customer?: string;
  /** Business (basis) day range, both included. */
  from?: string;
  to?: string;
}

/** Keyset position: the sort key (unfiled by due day first, then filed newest due first) and the reference. */
export interface ReportListCursor {
  direction: "after" | "before";
  key: number;
  reference: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const REFERENCE = /^(LVR|STR)-\d{8}-\d{4,}$/;

function oneOf<T extends string>(options: readonly T[], value: unknown): T | undefined {
  return options.find((option) => option === value);
}

function day(value: unknown): string | undefined {
  if (typeof value !== "string" || !DAY.test(value)) return undefined;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value ? value : undefined;
}

function text(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const trimmed = value.trim();
  return trimmed && [...trimmed].length <= CUSTOMER_QUERY_MAX ? trimmed : undefined;
}

export function reportFiltersFrom(values: Readonly<Record<string, unknown>>): ReportListFilters {
  const filters: ReportListFilters = {
    status: oneOf(REPORT_STATUSES, values.status),
    mine: values.mine === "1" || values.mine === true ? (true as const) : undefined,
    due: oneOf(DUE_FILTERS, values.due),
    dueBefore: day(values.dueBefore),
    customer: text(values.customer),
    from: day(values.from),
    to: day(values.to),
  };
  return Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined)) as ReportListFilters;
}

export function readReportFilters(params: SearchParams): ReportListFilters {
  const keys = ["status", "mine", "due", "dueBefore", "customer", "from", "to"] as const;
  return reportFiltersFrom(Object.fromEntries(keys.map((key) => [key, searchParam(params, key)])));
}

export function hasNarrowingFilters(filters: ReportListFilters): boolean {
  return Boolean(filters.dueBefore || filters.customer || filters.from || filters.to);
}

export function encodeReportCursor(cursor: Omit<ReportListCursor, "direction">): string {
  return encodeCursorToken([cursor.key, cursor.reference]);
}

export function decodeReportCursor(token: string, direction: ReportListCursor["direction"]): ReportListCursor | null {
  const parts = decodeCursorToken(token);
  if (!parts || parts.length !== 2) return null;
  const [key, reference] = parts;
  if (!Number.isInteger(key) || Math.abs(key as number) > 10_000_000) return null;
  if (typeof reference !== "string" || !REFERENCE.test(reference)) return null;
  return { direction, key: key as number, reference };
}

export function readReportCursor(params: SearchParams): ReportListCursor | null {
  return readPageCursor(params, decodeReportCursor);
}

export const LIST_PATH: Readonly<Record<RegulatoryReportKind, string>> = { LARGE_VALUE: "/reports", SUSPICIOUS: "/reports/suspicious" };

/** "/reports?…" (or "/reports/suspicious?…") for a view, leaving out what is not set. */
export function reportListHref(kind: RegulatoryReportKind, filters: ReportListFilters, cursor?: { direction: "after" | "before"; token: string }): string {
  const params = new URLSearchParams();
  if (filters.status) params.set("status", filters.status);
  if (filters.mine) params.set("mine", "1");
  if (filters.due) params.set("due", filters.due);
  if (filters.dueBefore) params.set("dueBefore", filters.dueBefore);
  if (filters.customer) params.set("customer", filters.customer);
  if (filters.from) params.set("from", filters.from);
  if (filters.to) params.set("to", filters.to);
  if (cursor) params.set(cursor.direction, cursor.token);
  const query = params.toString();
  return query ? `${LIST_PATH[kind]}?${query}` : LIST_PATH[kind];
}
