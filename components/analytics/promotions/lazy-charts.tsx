"use client";
// The report's charts, fetched only in the browser (next/dynamic, ssr false) so recharts stays out of the
// page's first load; the ChartCard's data table is there from the first byte.
import dynamic from "next/dynamic";
import { Skeleton } from "@/components/ui/skeleton";

const loading = () => <Skeleton className="h-64 w-full" />;

export const CostVsIncrementalChart = dynamic(() => import("@/components/analytics/promotions/charts").then((m) => m.CostVsIncrementalChart), { ssr: false, loading });
export const DailyCostChart = dynamic(() => import("@/components/analytics/promotions/charts").then((m) => m.DailyCostChart), { ssr: false, loading });
