"use client";
// The KYC charts, fetched after the page: recharts is not in the page's first-load JavaScript, and the card's
// data table (server-rendered) carries the figures meanwhile.
import dynamic from "next/dynamic";

const placeholder = (height: string) =>
  function ChartPlaceholder() {
    return <div aria-hidden className={`${height} w-full animate-pulse rounded-md bg-surface-muted`} />;
  };

export const LazyFunnelChart = dynamic(() => import("@/components/analytics/kyc/charts").then((m) => m.FunnelChart), { ssr: false, loading: placeholder("h-72") });
export const LazyDecisionsPerDayChart = dynamic(() => import("@/components/analytics/kyc/charts").then((m) => m.DecisionsPerDayChart), { ssr: false, loading: placeholder("h-64") });
