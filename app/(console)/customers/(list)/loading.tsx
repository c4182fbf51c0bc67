import { Card } from "@/components/ui/card";
import { Skeleton, TableSkeleton } from "@/components/ui/skeleton";

// Shown while the search loads: header, the search box and a dense table of placeholder rows.
export default function CustomersLoading() {
  return (
    <div className="flex flex-col gap-4">
      <div className="mb-1">
        <Skeleton className="h-7 w-32" />
        <Skeleton className="mt-2 h-4 w-96" />
      </div>
      <Skeleton className="h-24 w-full rounded-lg" />
      <Card>
        <TableSkeleton rows={14} columns={9} />
      </Card>
    </div>
  );
}
