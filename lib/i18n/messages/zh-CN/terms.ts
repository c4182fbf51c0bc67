// Terms more than one namespace shows: written once so the queue, the workspace, the 360 and the audit
// trail cannot drift apart (lib/i18n/glossary.ts lists them; its test holds the other catalogues to them).
export const kycStatusNames = {
  PENDING: "待审核",
  IN_REVIEW: "审核中",
  NEEDS_INFO: "待补件",
  APPROVED: "已批准",
  REJECTED: "已拒绝",
  approvalPending: "待主管复核",
};
