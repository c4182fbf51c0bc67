// The promotion list as the console reads it: the app's database client over list/read.ts.
import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { readPromotionCounts, readPromotionPage } from "@/lib/promotions/list/read";
import type { ListCursor, ListFilters, ListSort } from "@/lib/promotions/list/view";

export function listPromotions(filters: ListFilters, sort: ListSort, cursor: ListCursor | null, viewerId: string) {
  return readPromotionPage(db, { filters, sort, cursor }, viewerId);
}

/** Per-tab counts; the tabs and the table's summary share one read per request. */
export const promotionCounts = cache((filters: ListFilters, viewerId: string) => readPromotionCounts(db, filters, viewerId));
