import { Card } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";

// While the figures are read: the header, five tiles and the chart cards' outlines.
export default function PromotionPerformanceLoading() {
  return (
    <div className="flex flex-col gap-4">
      <div className="mb-5">
        <Skeleton className="h-7 w-72" />
        <Skeleton className="mt-2 h-4 w-96" />
      </div>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 xl:grid-cols-5">
        {Array.from({ length: 5 }, (_, i) => (
          <Skeleton key={i} className="h-24 w-full rounded-lg" />
        ))}
      </div>
      <Card>
        <Skeleton className="m-4 h-64" />
      </Card>
      <div className="grid grid-cols-1 gap-4 xl:grid-cols-2">
        <Card>
          <Skeleton className="m-4 h-56" />
        </Card>
        <Card>
          <Skeleton className="m-4 h-56" />
        </Card>
      </div>
    </div>
  );
}
