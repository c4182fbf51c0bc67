"use client";
// The Suspense fallback of one analytics card: the card's frame with a placeholder header and chart, so the
// page keeps its shape while each chart streams in.
import { clsx } from "clsx";
import { Skeleton } from "@/components/ui/skeleton";
import { useMessages } from "@/lib/i18n/provider";

export function ChartCardSkeleton({ height = "h-56", className }: { height?: string; className?: string }) {
  const m = useMessages("analytics").chart;
  return (
    <section className={clsx("analytics-card overflow-hidden rounded-lg border border-border bg-surface shadow-xs", className)} data-testid="chart-card-skeleton">
      <span role="status" className="sr-only">
        {m.loading}
      </span>
      <div aria-hidden className="flex min-h-11 items-center gap-3 border-b border-border px-4 py-2.5">
        <Skeleton className="h-3.5 w-40" />
        <Skeleton className="ml-auto h-3 w-16" />
      </div>
      <div aria-hidden className="p-4">
        <Skeleton className={clsx("w-full", height)} />
      </div>
    </section>
  );
}
