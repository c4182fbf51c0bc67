import { Card } from "@/components/ui/card";
import { Skeleton, TableSkeleton } from "@/components/ui/skeleton";

// Shown while a customer loads, in the 360's shape. Also keeps link prefetching from rendering the page,
// which would record a "customer.view" nobody made.
export default function CustomerLoading() {
  return (
    <div className="flex flex-col gap-4">
      <div className="mb-1">
        <Skeleton className="h-3 w-16" />
        <Skeleton className="mt-2 h-7 w-48" />
        <Skeleton className="mt-3 h-5 w-full max-w-2xl" />
        <Skeleton className="mt-4 h-9 w-64" />
      </div>
      <div className="grid grid-cols-1 items-start gap-4 xl:grid-cols-[minmax(0,1fr)_26rem]">
        <div className="flex flex-col gap-4">
          <Skeleton className="h-56 w-full rounded-lg" />
          <Card>
            <TableSkeleton rows={4} columns={6} />
          </Card>
          <Card>
            <TableSkeleton rows={3} columns={5} />
          </Card>
        </div>
        <div className="flex flex-col gap-4">
          <Skeleton className="h-64 w-full rounded-lg" />
          <Skeleton className="h-48 w-full rounded-lg" />
        </div>
      </div>
    </div>
  );
}
