import { Card } from "@/components/ui/card";
import { Skeleton, TableSkeleton } from "@/components/ui/skeleton";

// Shown while an event loads. Below [id]/layout.tsx, so an unknown id is a 404 before this streams; also keeps
// link prefetching from rendering (and so auditing) an event nobody opened.
export default function AuditEventLoading() {
  return (
    <div className="flex flex-col gap-4">
      <Skeleton className="mb-1 h-7 w-48" />
      <Card>
        <TableSkeleton rows={8} columns={2} />
      </Card>
      <Skeleton className="h-40 w-full rounded-lg" />
    </div>
  );
}
