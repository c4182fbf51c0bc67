// Where the submission stands and what this reviewer may do about it: the decision so far (who, when,
// why, and an override's reason code and written reason), the four-eyes state of a proposed approval, and
// the decision controls with what the decision policy allows.
import { Card, CardBody } from "@/components/ui/card";
import { DecisionControls } from "@/components/kyc/review/decision-controls";
import { reasonLabel } from "@/components/kyc/review/history-card";
import { KycStatusBadge } from "@/components/kyc/review/status-badges";
import type { StaffSession } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages/zh-CN";
import { getMessages, getTranslator } from "@/lib/i18n/server";
import { approvalPolicy, KYC_OVERRIDE_REASONS, type KycOverrideReason } from "@/lib/kyc/review/decision-policy";
import { isOpenForDecision } from "@/lib/kyc/review/decision-state";
import type { ReviewSubmission } from "@/lib/kyc/review/queries";
import { formatCny } from "@/lib/money";
import { formatDateTime } from "@/lib/time";
import { isWalletTier, TIER_LIMITS } from "@/lib/wallets/limits";

function overrideLabel(m: Messages["kycReview"], code: string): string {
  return (KYC_OVERRIDE_REASONS as readonly string[]).includes(code) ? m.override.codes[code as KycOverrideReason] : code;
}

async function Outcome({ submission, failedChecks }: { submission: ReviewSubmission; failedChecks: string }) {
  const { kycReview: m } = await getMessages();
  const { locale } = await getTranslator();
  const { status, decidedBy, decidedAt, checker, checkedAt, reasonCode, decisionNote, infoRequest, overrideCode, overrideReason } = submission;
  const time = (at: Date | null) => (at ? formatDateTime(at, locale) : m.noValue);
  const line = (text: string, testId?: string) => (
    <p className="text-sm text-ink" data-testid={testId}>
      {text}
    </p>
  );
  const override = overrideCode ? (
    <>
      {line(fill(m.decision.overrideShown, { code: overrideLabel(m, overrideCode) }), "kyc-override-code")}
      {overrideReason ? <p className="text-sm whitespace-pre-wrap text-ink-muted" data-testid="kyc-override-reason">{fill(m.decision.overrideReasonShown, { reason: overrideReason })}</p> : null}
    </>
  ) : null;
  if (submission.approvalPending) {
    const proposed = overrideCode ? fill(m.decision.pending.proposedOverride, { name: decidedBy?.name ?? m.conflict.someone, time: time(decidedAt), checks: failedChecks }) : fill(m.decision.pending.proposedBy, { name: decidedBy?.name ?? m.conflict.someone, time: time(decidedAt) });
    return (
      <div className="flex flex-col gap-1" data-testid="kyc-decision-summary">
        {line(proposed, "kyc-proposed-by")}
        {override}
      </div>
    );
  }
  if (status !== "APPROVED" && status !== "REJECTED" && status !== "NEEDS_INFO") return null;
  return (
    <div className="flex flex-col gap-1" data-testid="kyc-decision-summary">
      {decidedAt ? line(fill(m.decision.decided[status], { name: decidedBy?.name ?? m.timeline.system, time: time(decidedAt) })) : null}
      {checker && checkedAt && status === "APPROVED" ? line(fill(m.decision.decided.checked, { name: checker.name, time: time(checkedAt) })) : null}
      {status === "APPROVED" ? override : null}
      {reasonCode ? line(fill(m.decision.reasonShown, { reason: reasonLabel(m, reasonCode) })) : null}
      {decisionNote ? <p className="text-sm whitespace-pre-wrap text-ink-muted">{fill(m.decision.noteShown, { note: decisionNote })}</p> : null}
      {status === "NEEDS_INFO" && infoRequest ? (
        <>
          {line(fill(m.decision.requested, { documents: infoRequest.documents.map((d) => m.documentKinds[d] ?? d).join(m.listSeparator) }))}
          <p className="text-sm whitespace-pre-wrap text-ink-muted">{fill(m.decision.messageSent, { message: infoRequest.message })}</p>
        </>
      ) : null}
    </div>
  );
}

export async function DecisionCard({ submission, staff }: { submission: ReviewSubmission; staff: StaffSession }) {
  const { kycReview: m, kycChecks } = await getMessages();
  const { locale } = await getTranslator();
  const tier = submission.tierRequested;
  const limits = isWalletTier(tier) ? TIER_LIMITS[tier] : null;
  const policy = approvalPolicy(submission.checkResults);
  const failedChecks = policy.kind === "clean" ? "" : policy.checks.map((code) => kycChecks.names[code]).join(m.listSeparator);
  return (
    <Card
      title={submission.approvalPending ? m.decision.pending.title : m.decision.title}
      actions={<KycStatusBadge status={submission.status} approvalPending={submission.approvalPending} testId="kyc-decision-status" />}
      data-testid="kyc-decision"
      className={submission.approvalPending ? "border-brand-border" : undefined}
    >
      <CardBody className="flex flex-col gap-3">
        <Outcome submission={submission} failedChecks={failedChecks} />
        <DecisionControls
          key={submission.id}
          submissionId={submission.id}
          version={submission.version}
          open={isOpenForDecision(submission)}
          approvalPending={submission.approvalPending}
          highRisk={submission.riskLevel === "HIGH"}
          tier={tier}
          limits={{
            single: limits ? formatCny(limits.singleFen, locale) : m.noValue,
            daily: limits ? formatCny(limits.dailyFen, locale) : m.noValue,
            annual: limits ? formatCny(limits.annualFen, locale) : m.noValue,
          }}
          policy={policy}
          canDecide={can(staff.roles, "kyc:decide")}
          canCheck={can(staff.roles, "kyc:approve-high-risk")}
          isMaker={submission.approvalPending && submission.decidedBy?.id === staff.id}
        />
      </CardBody>
    </Card>
  );
}
