import { Card } from "@/components/ui/card";
import { Skeleton, TableSkeleton } from "@/components/ui/skeleton";

// Shown while the trail loads; also keeps link prefetching from rendering (and so auditing) a page nobody opened.
export default function AuditLoading() {
  return (
    <div className="flex flex-col gap-4">
      <Skeleton className="mb-1 h-7 w-40" />
      <Skeleton className="h-14 w-full rounded-lg" />
      <Skeleton className="h-44 w-full rounded-lg" />
      <Card>
        <TableSkeleton rows={12} columns={8} />
      </Card>
    </div>
  );
}
