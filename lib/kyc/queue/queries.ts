// The review queue as the console reads it: the app's database client and the viewer, over queue/read.ts
// (which scripts and tests use with their own clients).
import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { QueueCursor, QueueFilters, QueueSort } from "@/lib/kyc/queue/schemas";
import { readQueueCounts, readQueueFilterOptions, readQueuePage, type QueuePage } from "@/lib/kyc/queue/read";

/** One page of the queue; `viewerId` is who "assigned to me" means. */
export function listQueue(filters: QueueFilters, cursor: QueueCursor | null, sort: QueueSort, viewerId: string, now = new Date()): Promise<QueuePage> {
  return readQueuePage(db, { filters, sort, cursor }, { viewerId, now });
}

/** Per-status counts (the same filters, whatever the status tab); the tabs and the table share one read. */
export const queueCounts = cache((filters: QueueFilters, viewerId: string) => readQueueCounts(db, filters, { viewerId, now: new Date() }));

/** Provinces and compliance staff for the filter selects and bulk assignment; shared within a request. */
export const queueFilterOptions = cache(() => readQueueFilterOptions(db));
