// The promotion report's reads, bound to the app's database client and shared within one request: the
// page's cards (each its own Suspense boundary) ask for the same period's report and read it once.
import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { readDailyCost, readPromotionReport, type DailyPromotionCost, type PromotionReport } from "@/lib/analytics/promotions/read";

export const getPromotionReport = cache((from: string, to: string, nowMs: number): Promise<PromotionReport> => readPromotionReport(db, { from, to }, new Date(nowMs)));

export const getDailyCost = cache((from: string, to: string): Promise<DailyPromotionCost[]> => readDailyCost(db, { from, to }));
