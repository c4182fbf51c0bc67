import { Card } from "@/components/ui/card";
import { Skeleton, TableSkeleton } from "@/components/ui/skeleton";

// Shown while the search loads: header, filter card and a dense table of placeholder rows.
export default function TransactionsLoading() {
  return (
    <div className="flex flex-col gap-4">
      <div className="mb-1">
        <Skeleton className="h-7 w-40" />
        <Skeleton className="mt-2 h-4 w-[32rem] max-w-full" />
      </div>
      <Skeleton className="h-44 w-full rounded-lg" />
      <Card>
        <TableSkeleton rows={14} columns={8} />
      </Card>
    </div>
  );
}
