// The workspace's header: which submission, whose, its status and risk, when it is due, and the decision
// shortcuts when this reviewer can decide it now.
import { PageHeader } from "@/components/layout/page-header";
import { Badge } from "@/components/ui/badge";
import { Kbd } from "@/components/ui/kbd";
import { riskLabel } from "@/components/kyc/review/checks-card";
import { KycStatusBadge, RiskBadge } from "@/components/kyc/review/status-badges";
import { fill } from "@/lib/i18n/fill";
import { DataValue, fillNodes } from "@/lib/i18n/data-value";
import { tierNumeral } from "@/lib/i18n/glossary";
import { getMessages, getTranslator } from "@/lib/i18n/server";
import { isOpenForDecision, isOpenStatus } from "@/lib/kyc/review/decision-state";
import type { ReviewSubmission } from "@/lib/kyc/review/queries";
import { formatDateTime } from "@/lib/time";
import type { ReactNode } from "react";

export async function ReviewHeader({ submission, now, actions, canDecide }: { submission: ReviewSubmission; now: Date; actions?: ReactNode; canDecide: boolean }) {
  const { t, locale } = await getTranslator();
  const m = (await getMessages()).kycReview;
  // The SLA runs while the status is open, a proposed approval included; the shortcuts only while decidable.
  const open = isOpenStatus(submission.status);
  const shortcuts = canDecide && isOpenForDecision(submission);
  const overdue = open && submission.dueAt < now;
  const item = (label: string, value: ReactNode) => (
    <span className="inline-flex items-center gap-1.5">
      <span className="text-ink-subtle">{label}</span>
      <span className="text-ink">{value}</span>
    </span>
  );
  const [before, after] = m.summary.shortcuts.split("{approve}");
  const [middle, end] = (after ?? "").split("{reject}");
  return (
    <PageHeader
      title={fill(m.title, { id: submission.id })}
      description={fillNodes(m.summary.customerLine, { name: <DataValue>{submission.customer.name}</DataValue>, id: submission.customer.id })}
      breadcrumbs={[{ label: m.breadcrumb, href: "/kyc" }]}
      breadcrumbsLabel={m.breadcrumbsLabel}
      actions={actions}
    >
      <div className="flex flex-wrap items-center gap-x-5 gap-y-2 text-sm">
        <span className="inline-flex items-center gap-2">
          <KycStatusBadge status={submission.status} approvalPending={submission.approvalPending} testId="kyc-status" />
          <RiskBadge level={submission.riskLevel} label={riskLabel(t, submission.riskLevel)} />
          <Badge>{fill(m.summary.riskScore, { score: submission.riskScore })}</Badge>
        </span>
        {item(m.summary.tierRequested, fill(m.summary.tier, { tier: tierNumeral(submission.tierRequested) }))}
        {item(m.summary.submitted, <span className="num">{formatDateTime(submission.submittedAt, locale)}</span>)}
        {open
          ? item(
              m.summary.due,
              <span className="inline-flex items-center gap-1.5">
                <span className="num">{formatDateTime(submission.dueAt, locale)}</span>
                {overdue ? <Badge tone="danger">{m.summary.overdue}</Badge> : null}
              </span>,
            )
          : null}
        {item(m.summary.assignee, submission.assignee ? <DataValue>{submission.assignee.name}</DataValue> : m.summary.unassigned)}
        {shortcuts ? (
          <span className="text-xs text-ink-subtle">
            {before}
            <Kbd>A</Kbd>
            {middle}
            <Kbd>R</Kbd>
            {end}
          </span>
        ) : null}
      </div>
    </PageHeader>
  );
}
