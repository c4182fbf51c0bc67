import { Card } from "@/components/ui/card";
import { Skeleton, TableSkeleton } from "@/components/ui/skeleton";

// Shown while a report loads under the area tabs: its header, then its sections.
export default function ReportLoading() {
  return (
    <div className="flex flex-col gap-4">
      <Skeleton className="h-28 w-full rounded-lg" />
      <div className="grid grid-cols-1 gap-4 xl:grid-cols-[minmax(0,1fr)_26rem]">
        <Card>
          <TableSkeleton rows={8} columns={5} />
        </Card>
        <Card>
          <TableSkeleton rows={6} columns={2} />
        </Card>
      </div>
    </div>
  );
}
