// The promotion list's view as a URL: status tab, type, sort and keyset cursor. Read leniently (a bad value
// falls back to its default) and written back without defaults. No server imports and no zod: the filter
// form reads and writes it in the browser.
import { decodeCursorToken, encodeCursorToken, isCursorTime, readPageCursor, searchParam, type SearchParams } from "@/lib/paging/cursor-token";
import { PROMOTION_STATUSES, PROMOTION_TYPES } from "@/lib/promotions/fields";
import { REFERENCE_ID } from "@/lib/validation/id-patterns";

export type PromotionStatusCode = (typeof PROMOTION_STATUSES)[number];
export type PromotionTypeCode = (typeof PROMOTION_TYPES)[number];

/** "all", one status, or "mine": versions waiting for the viewer's approval (someone else wrote them). */
export const LIST_TABS = ["all", ...PROMOTION_STATUSES, "mine"] as const;
export type ListTab = (typeof LIST_TABS)[number];

export const LIST_SORTS = ["starts", "created", "priority"] as const;
export type ListSort = (typeof LIST_SORTS)[number];

export const LIST_PAGE_SIZE = 50;

export interface ListFilters {
  tab: ListTab;
  type?: PromotionTypeCode;
}

export interface ListCursor {
  direction: "after" | "before";
  sort: ListSort;
  /** starts/created: an ISO time; priority: the priority. */
  value: string | number;
  id: string;
}

function oneOf<T extends string>(options: readonly T[], value: unknown): T | undefined {
  return options.find((option) => option === value);
}

export function listFiltersFrom(values: Readonly<Record<string, unknown>>): ListFilters {
  return { tab: oneOf(LIST_TABS, values.status) ?? "all", type: oneOf(PROMOTION_TYPES, values.type) };
}

export function readListFilters(params: SearchParams): ListFilters {
  return listFiltersFrom({ status: searchParam(params, "status"), type: searchParam(params, "type") });
}

export function readListSort(params: SearchParams): ListSort {
  return oneOf(LIST_SORTS, searchParam(params, "sort")) ?? "starts";
}

export function encodeListCursor(cursor: Omit<ListCursor, "direction">): string {
  return encodeCursorToken([cursor.sort, cursor.value, cursor.id]);
}

export function decodeListCursor(token: string, sort: ListSort, direction: ListCursor["direction"]): ListCursor | null {
  const parts = decodeCursorToken(token);
  if (!parts || parts.length !== 3 || parts[0] !== sort) return null;
  const [, value, id] = parts;
  if (typeof id !== "string" || !REFERENCE_ID.test(id)) return null;
  const ok = sort === "priority" ? Number.isInteger(value) && Math.abs(value as number) <= 100_000 : isCursorTime(value);
  return ok ? { direction, sort, value: value as string | number, id } : null;
}

export function readListCursor(params: SearchParams, sort: ListSort): ListCursor | null {
  return readPageCursor(params, (token, direction) => decodeListCursor(token, sort, direction));
}

/** "/promotions?…" for a view, leaving out defaults. */
export function listHref(filters: ListFilters, sort: ListSort = "starts", cursor?: { direction: "after" | "before"; token: string }): string {
  const params = new URLSearchParams();
  if (filters.tab !== "all") params.set("status", filters.tab);
  if (filters.type) params.set("type", filters.type);
  if (sort !== "starts") params.set("sort", sort);
  if (cursor) params.set(cursor.direction, cursor.token);
  const query = params.toString();
  return query ? `/promotions?${query}` : "/promotions";
}
