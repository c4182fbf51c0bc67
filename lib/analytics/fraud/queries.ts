// The fraud report's reads, bound to the app's database client and shared within one request: the page's
// cards (each its own Suspense boundary) ask for the same period's figures and read them once.
import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { readAlertsPerDay, readConfirmedPerDay, readRuleOutcomes, readSummary } from "@/lib/analytics/fraud/read";

export const getAlertsPerDay = cache((from: string, to: string) => readAlertsPerDay(db, { from, to }));
export const getRuleOutcomes = cache((from: string, to: string) => readRuleOutcomes(db, { from, to }));
export const getSummary = cache((from: string, to: string) => readSummary(db, { from, to }));
export const getConfirmedPerDay = cache((from: string, to: string) => readConfirmedPerDay(db, { from, to }));
