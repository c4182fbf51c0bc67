// The alert queue as the console reads it: the app's database client and the viewer, over queue/read.ts
// (which scripts and tests use with their own clients), and the process's one live feed.
import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { scoringLag } from "@/lib/fraud/worker/lag";
import { AlertFeed, type LagView } from "@/lib/fraud/queue/live";
import { readAlertCounts, readAlertOfficers, readAlertPage, readNewestAlert, type AlertPage } from "@/lib/fraud/queue/read";
import type { AlertCursor, AlertFilters, AlertSort } from "@/lib/fraud/queue/schemas";

/** One page of the queue; `viewerId` is who "assigned to me" means. */
export function listAlerts(filters: AlertFilters, cursor: AlertCursor | null, sort: AlertSort, viewerId: string): Promise<AlertPage> {
  return readAlertPage(db, { filters, sort, cursor }, { viewerId });
}

/** Per-status counts (the same filters, whatever the tab); the tabs and the table share one read. */
export const alertCounts = cache((filters: AlertFilters, viewerId: string) => readAlertCounts(db, filters, { viewerId }));

/** Who may work alerts, for the assignee filter; shared within a request. */
export const alertOfficers = cache(() => readAlertOfficers(db));

/** Where the page starts marking alerts as new. */
export const newestAlert = cache(() => readNewestAlert(db));

/** The worker's lag in the page's terms. */
export async function alertLag(): Promise<LagView> {
  const lag = await scoringLag(db);
  return { lagSeconds: Math.max(0, Math.round(lag.lagSeconds)), pendingTransactions: lag.pendingTransactions };
}

const globalForFeed = globalThis as unknown as { walletAlertFeed?: AlertFeed };

/** The process's one feed: every open queue page's stream listens to it. */
export function alertFeed(): AlertFeed {
  globalForFeed.walletAlertFeed ??= new AlertFeed(
    { newest: () => readNewestAlert(db), lag: alertLag },
    { onError: (error) => console.error("alert feed:", error instanceof Error ? error.message : error) },
  );
  return globalForFeed.walletAlertFeed;
}
