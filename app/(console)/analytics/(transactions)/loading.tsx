import { Card } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";

// While the transaction analytics page's frame is read: the toolbar, the description, the KPI tiles and the
// cards' outlines.
export default function TransactionAnalyticsLoading() {
  return (
    <div className="flex flex-col gap-4">
      <Skeleton className="h-14 w-full rounded-lg" />
      <Skeleton className="h-4 w-96" />
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 xl:grid-cols-4">
        {Array.from({ length: 7 }, (_, i) => (
          <Skeleton key={i} className="h-28 w-full rounded-lg" />
        ))}
      </div>
      <Card>
        <Skeleton className="m-4 h-72" />
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
