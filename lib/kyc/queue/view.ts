// The review queue's view as a URL: filters, sort and keyset cursor. Read leniently (a bad value falls
// back to its default, so an old or hand-edited link still opens a queue) and written back without
// defaults, so every view is short and shareable. No server imports and no zod: the filter form and the
// workspace's "next" read URLs with it in the browser.
import { decodeCursorToken, encodeCursorToken, isCursorTime, readPageCursor, searchParam, type SearchParams } from "@/lib/paging/cursor-token";
import { REFERENCE_ID } from "@/lib/validation/id-patterns";

export const KYC_STATUSES = ["PENDING", "IN_REVIEW", "NEEDS_INFO", "APPROVED", "REJECTED"] as const;
export type KycStatusCode = (typeof KYC_STATUSES)[number];
/** Waiting for a compliance officer: said once, in lib/kyc/review/decision-state.ts. */
export { OPEN_STATUSES } from "@/lib/kyc/review/decision-state";

/** A status tab: "open" (pending and in review together) or one status. */
export const QUEUE_TABS = ["open", ...KYC_STATUSES] as const;
export type QueueTab = (typeof QUEUE_TABS)[number];

export const RISK_LEVELS = ["LOW", "MEDIUM", "HIGH"] as const;
export const QUEUE_SORTS = ["submitted", "due", "risk"] as const;
export type QueueSort = (typeof QUEUE_SORTS)[number];

export const QUEUE_PAGE_SIZE = 50;

export type QueueFilters = {
  status: QueueTab;
  risk?: (typeof RISK_LEVELS)[number];
  tier?: 1 | 2 | 3;
  province?: string;
  /** "me", "none" (unassigned) or a staff id. */
  assignee?: string;
  overdue: boolean;
  awaitingLead: boolean;
};

const TIERS = [1, 2, 3] as const;
const PROVINCE_MAX = 20;

function text(value: unknown): string | undefined {
  const single = Array.isArray(value) ? value[0] : value;
  if (typeof single === "number") return String(single);
  return typeof single === "string" ? single.trim() || undefined : undefined;
}

function oneOf<T extends string | number>(options: readonly T[], value: unknown): T | undefined {
  const wanted = text(value);
  return options.find((option) => String(option) === wanted);
}

function flag(value: unknown): boolean {
  return value === true || value === "1" || value === "true";
}

/**
 * The filters from a URL's parameters, a form's fields or an action's input, read leniently: each field on
 * its own, so one bad value costs that filter, never the whole view. The server and the browser read alike,
 * and without a validation library, which would be the largest thing on the queue's page.
 */
export function queueFiltersFrom(values: Readonly<Record<string, unknown>>): QueueFilters {
  const province = text(values.province);
  const assignee = text(values.assignee);
  return {
    status: oneOf(QUEUE_TABS, values.status) ?? "open",
    risk: oneOf(RISK_LEVELS, values.risk),
    tier: oneOf(TIERS, values.tier),
    province: province && province.length <= PROVINCE_MAX ? province : undefined,
    assignee: assignee && REFERENCE_ID.test(assignee) ? assignee : undefined,
    overdue: flag(text(values.overdue) ?? values.overdue),
    awaitingLead: flag(text(values.awaitingLead) ?? values.awaitingLead),
  };
}

export const DEFAULT_QUEUE_FILTERS: QueueFilters = { status: "open", overdue: false, awaitingLead: false };

/** Keyset position: the sort key values and id of the row the page starts after (or ends before). */
export interface QueueCursor {
  direction: "after" | "before";
  sort: QueueSort;
  /** submitted/due: [ISO time]; risk: [score, ISO submitted time]. */
  values: (string | number)[];
  id: string;
}


const FILTER_KEYS = ["status", "risk", "tier", "province", "assignee", "overdue", "awaitingLead"] as const;

export function readQueueFilters(params: SearchParams): QueueFilters {
  return queueFiltersFrom(Object.fromEntries(FILTER_KEYS.map((key) => [key, searchParam(params, key)])));
}

export function readQueueSort(params: SearchParams): QueueSort {
  return oneOf(QUEUE_SORTS, searchParam(params, "sort")) ?? "submitted";
}

/** The filters that narrow the queue beyond the status tab, for "clear filters" and empty states. */
export function hasNarrowingFilters(filters: QueueFilters): boolean {
  return Boolean(filters.risk || filters.tier || filters.province || filters.assignee || filters.overdue || filters.awaitingLead);
}


export function encodeQueueCursor(cursor: Omit<QueueCursor, "direction">): string {
  return encodeCursorToken([cursor.sort, ...cursor.values, cursor.id]);
}

/** A cursor for this sort, or null (malformed, or made for another sort: the page starts over). */
export function decodeQueueCursor(token: string, sort: QueueSort, direction: QueueCursor["direction"]): QueueCursor | null {
  const parts = decodeCursorToken(token);
  if (!parts || parts[0] !== sort) return null;
  const id = parts.at(-1);
  const values = parts.slice(1, -1);
  if (typeof id !== "string" || !REFERENCE_ID.test(id)) return null;
  const ok =
    sort === "risk"
      ? values.length === 2 && Number.isInteger(values[0]) && Math.abs(values[0] as number) <= 32_767 && isCursorTime(values[1])
      : values.length === 1 && isCursorTime(values[0]);
  return ok ? { direction, sort, values: values as (string | number)[], id } : null;
}

export function readQueueCursor(params: SearchParams, sort: QueueSort): QueueCursor | null {
  return readPageCursor(params, (token, direction) => decodeQueueCursor(token, sort, direction));
}

/** "/kyc?…" for a view, leaving out defaults. */
export function queueHref(filters: QueueFilters, sort: QueueSort = "submitted", cursor?: { direction: "after" | "before"; token: string }): string {
  const params = new URLSearchParams();
  if (filters.status !== "open") params.set("status", filters.status);
  if (filters.risk) params.set("risk", filters.risk);
  if (filters.tier) params.set("tier", String(filters.tier));
  if (filters.province) params.set("province", filters.province);
  if (filters.assignee) params.set("assignee", filters.assignee);
  if (filters.overdue) params.set("overdue", "1");
  if (filters.awaitingLead) params.set("awaitingLead", "1");
  if (sort !== "submitted") params.set("sort", sort);
  if (cursor) params.set(cursor.direction, cursor.token);
  const query = params.toString();
  return query ? `/kyc?${query}` : "/kyc";
}

/** A submission's workspace carrying the queue view's filters, so that "next" there continues that view. */
export function reviewHref(id: string, filters: QueueFilters): string {
  const query = queueHref(filters).split("?")[1];
  return query ? `/kyc/${id}?${query}` : `/kyc/${id}`;
}
