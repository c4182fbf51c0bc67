import { ReportListSkeleton } from "@/components/reports/list/report-list-skeleton";

export default function LargeValueReportsLoading() {
  return <ReportListSkeleton />;
}
