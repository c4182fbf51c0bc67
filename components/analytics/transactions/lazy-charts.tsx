"use client";
// The transaction analytics' charts, fetched only in the browser (next/dynamic, ssr false) so recharts stays
// out of the page's first load; each ChartCard's data table is there from the first byte.
import dynamic from "next/dynamic";
import { Skeleton } from "@/components/ui/skeleton";

export const VolumeValueChart = dynamic(() => import("@/components/analytics/transactions/charts").then((m) => m.VolumeValueChart), {
  ssr: false,
  loading: () => <Skeleton className="h-72 w-full" />,
});
export const BreakdownChart = dynamic(() => import("@/components/analytics/transactions/charts").then((m) => m.BreakdownChart), {
  ssr: false,
  loading: () => <Skeleton className="h-48 w-full" />,
});
