"use client";
// A regulatory report's status as a badge: always a word on a tone, the same tone on every page that shows
// a report (list, detail, review panel, export, customer 360, overview). Work still with the bank is
// neutral (draft), amber when it waits on a person (review) or was sent back (returned), blue when it is
// approved and waits for the file; filed is green once the regulator acknowledged it, red when it refused.
// A client component reading the `reports` messages: the /reports layout provides them; elsewhere wrap the
// area in <MessagesProvider namespaces={["reports"]}> (the customer 360 card and the overview do).
import { Badge } from "@/components/ui/badge";
import type { Tone } from "@/components/ui/tone";
import { useMessages } from "@/lib/i18n/provider";
import type { RegulatoryReportStatus } from "@/lib/generated/prisma/enums";

export const REPORT_STATUS_TONE: Readonly<Record<RegulatoryReportStatus, Tone>> = {
  DRAFT: "neutral",
  SUBMITTED_FOR_REVIEW: "warning",
  RETURNED: "warning",
  APPROVED: "info",
  EXPORTED: "brand",
  ACKNOWLEDGED: "success",
  REJECTED_BY_REGULATOR: "danger",
};

export function ReportStatusBadge({ status }: { status: RegulatoryReportStatus }) {
  const m = useMessages("reports").status;
  return (
    <Badge tone={REPORT_STATUS_TONE[status]} dot data-testid="report-status" data-status={status}>
      {m[status]}
    </Badge>
  );
}
