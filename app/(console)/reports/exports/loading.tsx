import { Card } from "@/components/ui/card";
import { Skeleton, TableSkeleton } from "@/components/ui/skeleton";

// Shown while the report files load: the description, the waiting kinds and the table of files.
export default function ReportExportsLoading() {
  return (
    <div className="flex flex-col gap-4">
      <Skeleton className="h-4 w-2/3" />
      <Card>
        <TableSkeleton rows={2} columns={2} />
      </Card>
      <Card>
        <TableSkeleton rows={6} columns={8} />
      </Card>
    </div>
  );
}
