"use client";
// The report's charts, fetched only in the browser (next/dynamic, ssr false) so recharts stays out of the
// page's first load; the ChartCard's data table is there from the first byte.
import dynamic from "next/dynamic";
import { Skeleton } from "@/components/ui/skeleton";

const loading = () => <Skeleton className="h-64 w-full" />;

export const StackedAlertsChart = dynamic(() => import("@/components/analytics/fraud/charts").then((m) => m.StackedAlertsChart), { ssr: false, loading });
export const ConfirmedChart = dynamic(() => import("@/components/analytics/fraud/charts").then((m) => m.ConfirmedChart), { ssr: false, loading });
