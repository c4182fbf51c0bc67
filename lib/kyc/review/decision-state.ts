// Where a submission stands for a decision, said once: which statuses are open, when a submission is open
// for a decision (open and no approval waiting for a lead), and the refusals of the states that cannot be
// decided. Pure and without server imports: the queue, the workspace's header and decision card, and the
// decision mutations all ask these functions (decision-steps.ts holds the server-side steps).
import { wrongState } from "@/lib/actions/errors";
import type { KycStatus } from "@/lib/generated/prisma/enums";

export const ENTITY = "KycSubmission";

/** Waiting for a compliance officer: what the queue shows first and what the SLA runs on. */
export const OPEN_STATUSES = ["PENDING", "IN_REVIEW"] as const satisfies readonly KycStatus[];

/** Audit actions that decide (or propose to decide) a submission; the other events only look or comment. */
export const DECISION_ACTIONS = ["kyc.approve", "kyc.approve-proposed", "kyc.approve-confirm", "kyc.approve-decline", "kyc.reject", "kyc.request-info"] as const;

/** PENDING or IN_REVIEW: the SLA runs and the submission is in the queue's open tab. */
export function isOpenStatus(status: string): status is (typeof OPEN_STATUSES)[number] {
  return (OPEN_STATUSES as readonly string[]).includes(status);
}

/** Open for approve, reject or request-info: an open status and no approval waiting for a lead. */
export function isOpenForDecision(submission: { status: string; approvalPending: boolean }): boolean {
  return isOpenStatus(submission.status) && !submission.approvalPending;
}

interface DecisionState {
  status: KycStatus;
  approvalPending: boolean;
  decidedById: string | null;
}

/** Approve, reject and request-info act only on submissions open for a decision; otherwise says why not. */
export function assertOpen(row: DecisionState): void {
  if (row.status === "NEEDS_INFO") throw wrongState("kycReview.errors.needsInfo");
  if (row.status === "APPROVED") throw wrongState("kycReview.errors.alreadyApproved");
  if (row.status === "REJECTED") throw wrongState("kycReview.errors.alreadyRejected");
  if (row.approvalPending) throw wrongState("kycReview.errors.approvalPending");
}

/** Confirm and decline act only on a proposed approval, and never by the person who proposed it. */
export function assertCheckable(row: DecisionState, checker: { id: string }): void {
  if (!row.approvalPending || !isOpenStatus(row.status)) throw wrongState("kycReview.errors.notPending");
  if (row.decidedById === checker.id) throw wrongState("kycReview.errors.makerCannotCheck");
}
