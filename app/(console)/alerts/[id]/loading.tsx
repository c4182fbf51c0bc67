import { Card, CardBody } from "@/components/ui/card";
import { Skeleton, TableSkeleton } from "@/components/ui/skeleton";

// Shown while an alert loads, in the investigation's shape; also keeps the queue's link prefetches from
// rendering the page (which would record an "alert.open" nobody made).
export default function AlertInvestigationLoading() {
  return (
    <div className="flex flex-col gap-4">
      <div className="mb-1">
        <Skeleton className="h-3 w-16" />
        <Skeleton className="mt-2 h-7 w-64" />
        <Skeleton className="mt-3 h-5 w-full max-w-3xl" />
      </div>
      <div className="grid grid-cols-1 items-start gap-4 xl:grid-cols-[minmax(0,1fr)_24rem]">
        <div className="flex flex-col gap-4">
          <Card>
            <CardBody>
              <Skeleton className="h-16 w-full" />
            </CardBody>
          </Card>
          <Card>
            <CardBody>
              <Skeleton className="h-64 w-full" />
            </CardBody>
          </Card>
          <Card>
            <TableSkeleton rows={6} columns={4} />
          </Card>
        </div>
        <div className="flex flex-col gap-4">
          <Skeleton className="h-40 w-full rounded-lg" />
          <Skeleton className="h-56 w-full rounded-lg" />
        </div>
      </div>
    </div>
  );
}
