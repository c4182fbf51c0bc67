import { Card } from "@/components/ui/card";
import { Skeleton, TableSkeleton } from "@/components/ui/skeleton";

// Shown while the reporting rules load: the description, the rule set and the working calendar.
export default function ReportSettingsLoading() {
  return (
    <div className="flex flex-col gap-4">
      <Skeleton className="h-4 w-2/3" />
      <Card>
        <TableSkeleton rows={4} columns={4} />
      </Card>
      <Card>
        <TableSkeleton rows={8} columns={3} />
      </Card>
    </div>
  );
}
