// The KYC page's reads, bound to the app's database client and shared within one request: the page's cards
// (each its own Suspense boundary) ask for the same period's figures and read them once.
import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { funnelFigures, reviewTeamFigures } from "@/lib/analytics/kyc/queries";

export const getFunnel = cache((from: string, to: string, today: string) => funnelFigures(db, { range: { from, to } }, today));
export const getReviewTeam = cache((from: string, to: string) => reviewTeamFigures(db, { from, to }));
