import { Card, CardBody } from "@/components/ui/card";
import { Skeleton, TableSkeleton } from "@/components/ui/skeleton";

// Shown while a submission loads, in the workspace's shape. Also keeps link prefetching (the queue links
// every row here) from rendering the page, which would record a "kyc.open" nobody made.
export default function KycReviewLoading() {
  return (
    <div className="flex flex-col gap-4">
      <div className="mb-1">
        <Skeleton className="h-3 w-16" />
        <Skeleton className="mt-2 h-7 w-64" />
        <Skeleton className="mt-2 h-4 w-48" />
        <Skeleton className="mt-3 h-5 w-full max-w-3xl" />
      </div>
      <div className="grid grid-cols-1 items-start gap-4 xl:grid-cols-[minmax(0,1fr)_24rem]">
        <div className="flex flex-col gap-4">
          <Card>
            <CardBody className="grid grid-cols-1 gap-4 sm:grid-cols-2">
              {Array.from({ length: 4 }, (_, i) => (
                <Skeleton key={i} className="aspect-[4/3] w-full" />
              ))}
            </CardBody>
          </Card>
          <Card>
            <TableSkeleton rows={10} columns={4} />
          </Card>
        </div>
        <div className="flex flex-col gap-4">
          <Skeleton className="h-28 w-full rounded-lg" />
          <Skeleton className="h-96 w-full rounded-lg" />
        </div>
      </div>
    </div>
  );
}
