// The overview's figures for the app's own database client.
import "server-only";
import { db } from "@/lib/db";
import * as figures from "@/lib/overview/figures";

export const overviewKyc = (now: Date) => figures.kycQueueFigures(db, now);
export const overviewToday = (now: Date) => figures.todayTransactions(db, now);
export const overviewWallets = () => figures.walletFigures(db);
export const overviewAudit = (now: Date) => figures.auditEventsToday(db, now);
export const overviewAlerts = () => figures.openAlertFigures(db);
export const overviewPromotions = (viewerId: string) => figures.promotionFigures(db, viewerId);
export const overviewReports = (viewerId: string, today: string) => figures.reportFigures(db, viewerId, today);
