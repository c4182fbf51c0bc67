// Terms more than one namespace shows: written once so the queue, the workspace, the 360 and the audit
// trail cannot drift apart (lib/i18n/glossary.ts lists them; its test holds the other catalogues to them).
import type { kycStatusNames as zhCN } from "../zh-CN/terms";

export const kycStatusNames: typeof zhCN = {
  PENDING: "Pending",
  IN_REVIEW: "In review",
  NEEDS_INFO: "Needs information",
  APPROVED: "Approved",
  REJECTED: "Rejected",
  approvalPending: "Awaiting lead approval",
};
