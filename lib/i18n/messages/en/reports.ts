// Regulatory reports: the same keys as zh-CN/reports.ts.
import type { Messages } from "../zh-CN";

export const reports: Messages["reports"] = {
  title: "Regulatory reports",
  tabsLabel: "Regulatory report sections",
  tabs: {
    largeValue: "Large-value reports",
    suspicious: "Suspicious transaction reports",
    exports: "Submission files",
    settings: "Rules and calendar",
  },
  kind: {
    LARGE_VALUE: "Large-value transaction report",
    SUSPICIOUS: "Suspicious transaction report",
  },
  status: {
    DRAFT: "Draft",
    SUBMITTED_FOR_REVIEW: "Awaiting review",
    RETURNED: "Returned",
    APPROVED: "Approved, awaiting export",
    EXPORTED: "Exported",
    ACKNOWLEDGED: "Acknowledged by regulator",
    REJECTED_BY_REGULATOR: "Rejected by regulator",
  },
};
