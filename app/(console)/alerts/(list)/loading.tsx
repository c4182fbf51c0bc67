import { Card } from "@/components/ui/card";
import { Skeleton, TableSkeleton } from "@/components/ui/skeleton";

// Shown while the alert queue loads: header, live line, status tabs, filter bar and a dense table of placeholder rows.
export default function AlertQueueLoading() {
  return (
    <div className="flex flex-col gap-4">
      <div className="mb-5">
        <Skeleton className="h-7 w-48" />
        <Skeleton className="mt-2 h-4 w-96" />
        <Skeleton className="mt-3 h-4 w-72" />
        <Skeleton className="mt-4 h-9 w-full" />
      </div>
      <Skeleton className="h-16 w-full rounded-lg" />
      <Card>
        <TableSkeleton rows={14} columns={8} />
      </Card>
    </div>
  );
}
