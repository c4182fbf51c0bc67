import { ReportListSkeleton } from "@/components/reports/list/report-list-skeleton";

export default function SuspiciousReportsLoading() {
  return <ReportListSkeleton />;
}
