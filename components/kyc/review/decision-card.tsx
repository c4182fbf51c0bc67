// Where the submission stands and what this reviewer may do about it: the decision so far (who, when,
// why), the four-eyes state of a high-risk approval, and the decision controls.
import { Card, CardBody } from "@/components/ui/card";
import { DecisionControls } from "@/components/kyc/review/decision-controls";
import { reasonLabel } from "@/components/kyc/review/history-card";
import { fill, type ReviewMessages } from "@/components/kyc/review/messages";
import { KycStatusBadge } from "@/components/kyc/review/status-badges";
import type { StaffSession } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import type { ReviewSubmission } from "@/lib/kyc/review/queries";
import type { Locale } from "@/lib/i18n/translate";
import { formatCny } from "@/lib/money";
import { formatDateTime } from "@/lib/time";
import { TIER_LIMITS } from "@/lib/wallets/limits";
import { isWalletTier } from "@/lib/wallets/limits";

function Outcome({ submission, m, locale }: { submission: ReviewSubmission; m: ReviewMessages; locale: Locale }) {
  const { status, decidedBy, decidedAt, checker, checkedAt, reasonCode, decisionNote, infoRequest } = submission;
  if (submission.approvalPending) {
    return (
      <p className="text-sm text-ink" data-testid="kyc-proposed-by">
        {fill(m.decision.pending.proposedBy, { name: decidedBy?.name ?? m.conflict.someone, time: decidedAt ? formatDateTime(decidedAt, locale) : m.noValue })}
      </p>
    );
  }
  if (status !== "APPROVED" && status !== "REJECTED" && status !== "NEEDS_INFO") return null;
  const line = (text: string) => <p className="text-sm text-ink">{text}</p>;
  return (
    <div className="flex flex-col gap-1" data-testid="kyc-decision-summary">
      {decidedAt ? line(fill(m.decision.decided[status], { name: decidedBy?.name ?? m.timeline.system, time: formatDateTime(decidedAt, locale) })) : null}
      {checker && checkedAt && status === "APPROVED" ? line(fill(m.decision.decided.checked, { name: checker.name, time: formatDateTime(checkedAt, locale) })) : null}
      {reasonCode ? line(fill(m.decision.reasonShown, { reason: reasonLabel(m, reasonCode) })) : null}
      {decisionNote ? <p className="text-sm whitespace-pre-wrap text-ink-muted">{fill(m.decision.noteShown, { note: decisionNote })}</p> : null}
      {status === "NEEDS_INFO" && infoRequest ? (
        <>
          {line(fill(m.decision.requested, { documents: infoRequest.documents.map((d) => m.documentKinds[d] ?? d).join("、") }))}
          <p className="text-sm whitespace-pre-wrap text-ink-muted">{fill(m.decision.messageSent, { message: infoRequest.message })}</p>
        </>
      ) : null}
    </div>
  );
}

export function DecisionCard({ submission, staff, m, locale }: { submission: ReviewSubmission; staff: StaffSession; m: ReviewMessages; locale: Locale }) {
  const tier = submission.tierRequested;
  const limits = isWalletTier(tier) ? TIER_LIMITS[tier] : null;
  const open = (submission.status === "PENDING" || submission.status === "IN_REVIEW") && !submission.approvalPending;
  return (
    <Card
      title={submission.approvalPending ? m.decision.pending.title : m.decision.title}
      actions={<KycStatusBadge status={submission.status} approvalPending={submission.approvalPending} m={m} testId="kyc-decision-status" />}
      data-testid="kyc-decision"
      className={submission.approvalPending ? "border-brand-border" : undefined}
    >
      <CardBody className="flex flex-col gap-3">
        <Outcome submission={submission} m={m} locale={locale} />
        <DecisionControls
          submissionId={submission.id}
          version={submission.version}
          open={open}
          approvalPending={submission.approvalPending}
          highRisk={submission.riskLevel === "HIGH"}
          tier={tier}
          limits={{
            single: limits ? formatCny(limits.singleFen, locale) : m.noValue,
            daily: limits ? formatCny(limits.dailyFen, locale) : m.noValue,
            annual: limits ? formatCny(limits.annualFen, locale) : m.noValue,
          }}
          canDecide={can(staff.roles, "kyc:decide")}
          canCheck={can(staff.roles, "kyc:approve-high-risk")}
          isMaker={submission.approvalPending && submission.decidedBy?.id === staff.id}
          m={m}
        />
      </CardBody>
    </Card>
  );
}
