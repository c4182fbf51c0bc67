import { ChartCardSkeleton } from "@/components/analytics/frame/chart-card-skeleton";
import { Skeleton } from "@/components/ui/skeleton";

// While the page's gate and period are read: the toolbar and the cards' outlines.
export default function KycAnalyticsLoading() {
  return (
    <div className="flex flex-col gap-4">
      <Skeleton className="h-10 w-full rounded-lg" />
      <ChartCardSkeleton height="h-72" />
      <ChartCardSkeleton height="h-40" />
      <ChartCardSkeleton height="h-40" />
    </div>
  );
}
