import { Card } from "@/components/ui/card";
import { Skeleton, TableSkeleton } from "@/components/ui/skeleton";

// Shown while the list loads: header, status tabs, filter bar and a dense table of placeholder rows.
export default function PromotionsLoading() {
  return (
    <div className="flex flex-col gap-4">
      <div className="mb-5">
        <Skeleton className="h-7 w-48" />
        <Skeleton className="mt-2 h-4 w-96" />
        <Skeleton className="mt-4 h-9 w-full" />
      </div>
      <Skeleton className="h-14 w-full rounded-lg" />
      <Card>
        <TableSkeleton rows={10} columns={8} />
      </Card>
    </div>
  );
}
