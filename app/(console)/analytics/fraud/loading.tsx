import { Card } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";

// While the report's frame loads (the cards then stream in, each behind its own skeleton).
export default function FraudReportLoading() {
  return (
    <div className="flex flex-col gap-4">
      <div className="mb-5">
        <Skeleton className="h-7 w-48" />
        <Skeleton className="mt-2 h-4 w-96" />
      </div>
      <Skeleton className="h-10 w-full" />
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3 2xl:grid-cols-6">
        {Array.from({ length: 6 }, (_, i) => (
          <Skeleton key={i} className="h-28 w-full rounded-lg" />
        ))}
      </div>
      <div className="grid grid-cols-1 gap-4 xl:grid-cols-2">
        <Card>
          <Skeleton className="m-4 h-72" />
        </Card>
        <Card>
          <Skeleton className="m-4 h-72" />
        </Card>
      </div>
    </div>
  );
}
