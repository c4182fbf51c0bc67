// The alert queue's view as a URL: filters, sort and keyset cursor, in the shape of the KYC queue's
// (lib/kyc/queue/view.ts). Read leniently (a bad value falls back to its default, so an old or hand-edited
// link still opens a queue) and written back without defaults. No server imports and no zod: the filter
// form, the live stream's client and the overview's links read and write URLs with it.
import { decodeCursorToken, encodeCursorToken, isCursorTime, readPageCursor, searchParam, type SearchParams } from "@/lib/paging/cursor-token";
import { REFERENCE_ID } from "@/lib/validation/id-patterns";

export const ALERT_STATUSES = ["OPEN", "INVESTIGATING", "ESCALATED", "FALSE_POSITIVE", "CONFIRMED"] as const;
export type AlertStatusCode = (typeof ALERT_STATUSES)[number];
/** Not yet resolved: someone still has work to do on these. */
export const UNRESOLVED_STATUSES = ["OPEN", "INVESTIGATING", "ESCALATED"] as const satisfies readonly AlertStatusCode[];

/** A status tab: "active" (every unresolved status together), "all", or one status. */
export const ALERT_TABS = ["active", ...ALERT_STATUSES, "all"] as const;
export type AlertTab = (typeof ALERT_TABS)[number];

/** Lowest first, as the database's enum orders them. */
export const ALERT_SEVERITIES = ["LOW", "MEDIUM", "HIGH", "CRITICAL"] as const;
export type AlertSeverityCode = (typeof ALERT_SEVERITIES)[number];

export const ALERT_SORTS = ["newest", "severity", "amount"] as const;
export type AlertSort = (typeof ALERT_SORTS)[number];

export const ALERT_PAGE_SIZE = 50;

export interface AlertFilters {
  status: AlertTab;
  severity?: AlertSeverityCode;
  /** A rule code (VELOCITY, FAN_IN …). */
  rule?: string;
  /** "me", "none" (unassigned) or a staff id. */
  assignee?: string;
  /** One customer's alerts (the 360 links here). */
  customer?: string;
}

export const DEFAULT_ALERT_FILTERS: AlertFilters = { status: "active" };

const RULE_CODE = /^[A-Z][A-Z0-9_]{1,39}$/;

function text(value: unknown): string | undefined {
  const single = Array.isArray(value) ? value[0] : value;
  if (typeof single === "number") return String(single);
  return typeof single === "string" ? single.trim() || undefined : undefined;
}

function oneOf<T extends string>(options: readonly T[], value: unknown): T | undefined {
  const wanted = text(value);
  return options.find((option) => option === wanted);
}

function matching(pattern: RegExp, value: unknown): string | undefined {
  const single = text(value);
  return single && pattern.test(single) ? single : undefined;
}

/** The filters from a URL's parameters, a form's fields or an action's input, each field read on its own. */
export function alertFiltersFrom(values: Readonly<Record<string, unknown>>): AlertFilters {
  const filters: AlertFilters = { status: oneOf(ALERT_TABS, values.status) ?? "active" };
  const severity = oneOf(ALERT_SEVERITIES, values.severity);
  const rule = matching(RULE_CODE, text(values.rule)?.toUpperCase());
  const assignee = matching(REFERENCE_ID, values.assignee);
  const customer = matching(REFERENCE_ID, values.customer);
  if (severity) filters.severity = severity;
  if (rule) filters.rule = rule;
  if (assignee) filters.assignee = assignee;
  if (customer) filters.customer = customer;
  return filters;
}

/** The statuses a tab reads. */
export function tabStatuses(tab: AlertTab): AlertStatusCode[] {
  return tab === "active" ? [...UNRESOLVED_STATUSES] : tab === "all" ? [...ALERT_STATUSES] : [tab];
}

/** Keyset position: the sort key values and id of the row the page starts after (or ends before). */
export interface AlertCursor {
  direction: "after" | "before";
  sort: AlertSort;
  /** newest: [ISO time]; severity: [severity, ISO time]; amount: [fen as a decimal string]. */
  values: string[];
  id: string;
}


const FILTER_KEYS = ["status", "severity", "rule", "assignee", "customer"] as const;

export function readAlertFilters(params: SearchParams): AlertFilters {
  return alertFiltersFrom(Object.fromEntries(FILTER_KEYS.map((key) => [key, searchParam(params, key)])));
}

export function readAlertSort(params: SearchParams): AlertSort {
  return oneOf(ALERT_SORTS, searchParam(params, "sort")) ?? "newest";
}

/** Filters beyond the status tab, for "clear filters" and the empty states. */
export function hasNarrowingFilters(filters: AlertFilters): boolean {
  return Boolean(filters.severity || filters.rule || filters.assignee || filters.customer);
}

export function encodeAlertCursor(cursor: Omit<AlertCursor, "direction">): string {
  return encodeCursorToken([cursor.sort, ...cursor.values, cursor.id]);
}

const FEN = /^-?\d{1,18}$/;

/** A cursor for this sort, or null (malformed, or made for another sort: the page starts over). */
export function decodeAlertCursor(token: string, sort: AlertSort, direction: AlertCursor["direction"]): AlertCursor | null {
  const parts = decodeCursorToken(token);
  if (!parts || parts[0] !== sort) return null;
  const id = parts.at(-1);
  const values = parts.slice(1, -1);
  if (typeof id !== "string" || !REFERENCE_ID.test(id)) return null;
  const ok =
    sort === "newest"
      ? values.length === 1 && isCursorTime(values[0])
      : sort === "severity"
        ? values.length === 2 && (ALERT_SEVERITIES as readonly unknown[]).includes(values[0]) && isCursorTime(values[1])
        : values.length === 1 && typeof values[0] === "string" && FEN.test(values[0]);
  return ok ? { direction, sort, values: values as string[], id } : null;
}

export function readAlertCursor(params: SearchParams, sort: AlertSort): AlertCursor | null {
  return readPageCursor(params, (token, direction) => decodeAlertCursor(token, sort, direction));
}

/** "/alerts?…" for a view, leaving out defaults. */
export function alertsHref(filters: AlertFilters, sort: AlertSort = "newest", cursor?: { direction: "after" | "before"; token: string }): string {
  const params = new URLSearchParams();
  if (filters.status !== "active") params.set("status", filters.status);
  if (filters.severity) params.set("severity", filters.severity);
  if (filters.rule) params.set("rule", filters.rule);
  if (filters.assignee) params.set("assignee", filters.assignee);
  if (filters.customer) params.set("customer", filters.customer);
  if (sort !== "newest") params.set("sort", sort);
  if (cursor) params.set(cursor.direction, cursor.token);
  const query = params.toString();
  return query ? `/alerts?${query}` : "/alerts";
}

/** An alert's investigation page. */
export function alertHref(id: string): string {
  return `/alerts/${encodeURIComponent(id)}`;
}
