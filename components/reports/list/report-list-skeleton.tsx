import { Card } from "@/components/ui/card";
import { Skeleton, TableSkeleton } from "@/components/ui/skeleton";

// Shown while a list loads under the area tabs: the chips, the filter bar and placeholder rows.
export function ReportListSkeleton() {
  return (
    <div className="flex flex-col gap-4">
      <Skeleton className="h-7 w-full" />
      <Skeleton className="h-14 w-full rounded-lg" />
      <Card>
        <TableSkeleton rows={10} columns={9} />
      </Card>
    </div>
  );
}
