// KYC decisions. Each is one transaction: lock the submission, check the version the reviewer saw and the
// state, write the decision, open the wallet when it is an approval, and record the audit event. Approval
// follows decision-policy.ts: a blocking failed check refuses it, an overridable one needs a reason code and
// a written reason; such an approval, like a high-risk one, is only proposed here and a different
// compliance lead confirms or declines it.
import "server-only";
import type { Db } from "@/lib/db/client";
import type { KycStatus } from "@/lib/generated/prisma/enums";
import { ActionError, wrongState } from "@/lib/actions/errors";
import { parseCheckResults } from "@/lib/kyc/checks/types";
import { approvalPolicy, overrideFieldErrors, type ApprovalPolicy } from "@/lib/kyc/review/decision-policy";
import { assertCheckable, assertOpen } from "@/lib/kyc/review/decision-state";
import { auditDecision, lockForDecision, writeDecision, type DecisionRow, type KycActor } from "@/lib/kyc/review/decision-steps";
import type { ApproveKyc, ConfirmKycApproval, DeclineKycApproval, RejectKyc, RequestKycInfo } from "@/lib/kyc/review/schemas";
import type { KycInfoRequest } from "@/lib/kyc/submission-data";
import { activateWallet, type ActivatedWallet } from "@/lib/wallets/mutations";

export type { KycActor } from "@/lib/kyc/review/decision-steps";

export type DecisionOutcome = "approved" | "proposed" | "confirmed" | "declined" | "rejected" | "needsInfo";

export interface KycDecided {
  outcome: DecisionOutcome;
  status: KycStatus;
  approvalPending: boolean;
  /** The submission's new version, for a next step on the same page. */
  version: number;
  wallet: Pick<ActivatedWallet, "id" | "status" | "tier"> | null;
}

function walletSummary(wallet: ActivatedWallet) {
  return { id: wallet.id, status: wallet.status, tier: wallet.tier };
}

/** The policy's verdict for this row, refusing what it does not allow: nothing is written on a refusal. */
function judgeApproval(row: DecisionRow, input?: ApproveKyc): ApprovalPolicy {
  const policy = approvalPolicy(parseCheckResults(row.checkResults));
  if (policy.kind === "blocked") throw wrongState("kycReview.errors.blocked");
  if (policy.kind === "override" && input) {
    const fieldErrors = overrideFieldErrors(input);
    if (Object.keys(fieldErrors).length > 0) throw new ActionError("invalid", "kycReview.override.incomplete", {}, fieldErrors);
  }
  return policy;
}

export async function approveSubmission(db: Db, input: ApproveKyc, actor: KycActor): Promise<KycDecided> {
  return db.$transaction(async (tx) => {
    const row = await lockForDecision(tx, input);
    assertOpen(row);
    const policy = judgeApproval(row, input);
    const now = new Date();
    if (policy.kind === "override" || row.riskLevel === "HIGH") {
      // Four eyes: the maker's approval waits for a lead; the wallet stays as it is.
      const override = policy.kind === "override" ? { overrideCode: input.overrideCode, overrideReason: input.overrideReason } : { overrideCode: null, overrideReason: null };
      const version = await writeDecision(tx, row, { status: "IN_REVIEW", approvalPending: true, decidedById: actor.staff.id, decidedAt: now, ...override });
      const failedChecks = policy.kind === "override" ? { failedChecks: policy.checks } : {};
      await auditDecision(tx, actor, "kyc.approve-proposed", row, { status: "IN_REVIEW", approvalPending: true, decidedById: actor.staff.id, riskLevel: row.riskLevel, ...override, ...failedChecks }, override.overrideReason);
      return { outcome: "proposed", status: "IN_REVIEW", approvalPending: true, version, wallet: null };
    }
    const wallet = await activateWallet(tx, { customerId: row.customerId, tier: row.tierRequested, submissionId: row.id, now }, actor);
    const version = await writeDecision(tx, row, { status: "APPROVED", approvalPending: false, decidedById: actor.staff.id, decidedAt: now, reasonCode: null, overrideCode: null, overrideReason: null });
    await auditDecision(tx, actor, "kyc.approve", row, { status: "APPROVED", decidedById: actor.staff.id, wallet: walletSummary(wallet) });
    return { outcome: "approved", status: "APPROVED", approvalPending: false, version, wallet: walletSummary(wallet) };
  });
}

export async function confirmApproval(db: Db, input: ConfirmKycApproval, actor: KycActor): Promise<KycDecided> {
  return db.$transaction(async (tx) => {
    const row = await lockForDecision(tx, input);
    assertCheckable(row, actor.staff);
    // A proposal made before the policy, or checks re-run since: a blocked submission is never confirmed.
    judgeApproval(row);
    const now = new Date();
    const wallet = await activateWallet(tx, { customerId: row.customerId, tier: row.tierRequested, submissionId: row.id, now }, actor);
    const version = await writeDecision(tx, row, { status: "APPROVED", approvalPending: false, checkerId: actor.staff.id, checkedAt: now });
    await auditDecision(tx, actor, "kyc.approve-confirm", row, { status: "APPROVED", approvalPending: false, checkerId: actor.staff.id, wallet: walletSummary(wallet) });
    return { outcome: "confirmed", status: "APPROVED", approvalPending: false, version, wallet: walletSummary(wallet) };
  });
}

export async function declineApproval(db: Db, input: DeclineKycApproval, actor: KycActor): Promise<KycDecided> {
  return db.$transaction(async (tx) => {
    const row = await lockForDecision(tx, input);
    assertCheckable(row, actor.staff);
    const now = new Date();
    // The lead's refusal is the decision; the proposer stays in the audit trail (before.decidedById).
    const data = { status: "REJECTED", approvalPending: false, reasonCode: input.reasonCode, decisionNote: input.note || null, decidedById: actor.staff.id, decidedAt: now, checkerId: actor.staff.id, checkedAt: now } as const;
    const version = await writeDecision(tx, row, data);
    await auditDecision(tx, actor, "kyc.approve-decline", row, { status: "REJECTED", approvalPending: false, reasonCode: input.reasonCode, decisionNote: data.decisionNote, checkerId: actor.staff.id }, input.reasonCode);
    return { outcome: "declined", status: "REJECTED", approvalPending: false, version, wallet: null };
  });
}

export async function rejectSubmission(db: Db, input: RejectKyc, actor: KycActor): Promise<KycDecided> {
  return db.$transaction(async (tx) => {
    const row = await lockForDecision(tx, input);
    assertOpen(row);
    const decisionNote = input.note || null;
    const version = await writeDecision(tx, row, { status: "REJECTED", reasonCode: input.reasonCode, decisionNote, decidedById: actor.staff.id, decidedAt: new Date() });
    await auditDecision(tx, actor, "kyc.reject", row, { status: "REJECTED", reasonCode: input.reasonCode, decisionNote, decidedById: actor.staff.id }, input.reasonCode);
    return { outcome: "rejected", status: "REJECTED", approvalPending: false, version, wallet: null };
  });
}

export async function requestInformation(db: Db, input: RequestKycInfo, actor: KycActor): Promise<KycDecided> {
  return db.$transaction(async (tx) => {
    const row = await lockForDecision(tx, input);
    assertOpen(row);
    const infoRequest: KycInfoRequest = { documents: input.documents, message: input.message };
    const version = await writeDecision(tx, row, { status: "NEEDS_INFO", infoRequest: { ...infoRequest }, decidedById: actor.staff.id, decidedAt: new Date() });
    await auditDecision(tx, actor, "kyc.request-info", row, { status: "NEEDS_INFO", infoRequest: { ...infoRequest }, decidedById: actor.staff.id });
    return { outcome: "needsInfo", status: "NEEDS_INFO", approvalPending: false, version, wallet: null };
  });
}
