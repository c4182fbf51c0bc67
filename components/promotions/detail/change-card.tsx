// An open version (draft, pending approval, or just rejected) as everyone with promotion:view sees it: who
// wrote it, the difference from the last approved version, its summary and its simulation; then the
// buttons the viewer may use. Only a manager who is not its author gets approve / reject.
import Link from "next/link";
import { Suspense } from "react";
import { AlertBanner } from "@/components/ui/alert-banner";
import { Badge } from "@/components/ui/badge";
import { buttonClassName } from "@/components/ui/button";
import { Card, CardBody } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { ApprovalControls } from "@/components/promotions/detail/approval-controls";
import { DiffTable } from "@/components/promotions/detail/diff-table";
import type { ParamMessages } from "@/components/promotions/detail/param-text";
import { diffParams } from "@/lib/promotions/diff";
import { PromotionSummary } from "@/components/promotions/detail/promotion-summary";
import { VersionControls } from "@/components/promotions/detail/version-controls";
import { SimulationPanel } from "@/components/promotions/simulation/simulation-panel";
import { DataValue, fillNodes } from "@/lib/i18n/data-value";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/translate";
import type { PromotionDetail, PromotionVersionView } from "@/lib/promotions/lifecycle/queries";
import { formatDateTime } from "@/lib/time";

export interface Viewer {
  id: string;
  canEdit: boolean;
  canApprove: boolean;
  canSimulate: boolean;
}

const VERSION_TONE = { DRAFT: "neutral", PENDING_APPROVAL: "warning", APPROVED: "success", REJECTED: "danger", SUPERSEDED: "neutral" } as const;

export function ChangeCard({ promotion, version, viewer, locale, m }: { promotion: PromotionDetail; version: PromotionVersionView; viewer: Viewer; locale: Locale; m: ParamMessages }) {
  const c = m.review.change;
  const a = m.review.approval;
  const live = promotion.versions.find((v) => v.id === promotion.liveVersionId) ?? null;
  const changes = version.params ? diffParams(live?.params ?? null, version.params) : [];
  const stale = live !== null && version.baseVersionId !== live.id;
  const own = version.authorId === viewer.id;
  const pending = version.status === "PENDING_APPROVAL";
  const draft = version.status === "DRAFT";
  const diffTitle = live ? fill(c.diffTitle, { number: live.number }) : c.diffTitleFirst;
  return (
    <Card
      title={
        <span className="flex items-center gap-2">
          {fill(c.title, { number: version.number, status: m.review.versionStatus[version.status] })}
          <Badge tone={VERSION_TONE[version.status]} dot>{m.review.versionStatus[version.status]}</Badge>
        </span>
      }
      description={fillNodes(c.description, { name: <DataValue>{version.authorName}</DataValue>, time: formatDateTime(version.createdAt, locale) })}
      data-testid={`version-card-${version.number}`}
      data-status={version.status}
    >
      <CardBody className="flex flex-col gap-4">
        {version.submittedAt && pending ? <p className="text-xs text-ink-muted">{fill(c.submittedAt, { time: formatDateTime(version.submittedAt, locale) })}</p> : null}
        {version.note ? <p className="text-sm text-ink">{fillNodes(c.note, { note: <DataValue>{version.note}</DataValue> })}</p> : null}
        {version.status === "REJECTED" && version.rejectionReason ? (
          <AlertBanner tone="danger" testId="version-rejected">
            {fillNodes(c.rejected, { name: <DataValue>{version.decidedByName ?? ""}</DataValue>, time: version.decidedAt ? formatDateTime(version.decidedAt, locale) : "", reason: <DataValue>{version.rejectionReason}</DataValue> })}
          </AlertBanner>
        ) : null}
        {stale && live ? <AlertBanner tone="warning">{fill(c.stale, { number: version.number })}</AlertBanner> : null}
        {live && (pending || draft) ? <p className="text-xs text-ink-muted">{fill(c.liveKeepsRunning, { number: live.number })}</p> : null}
        <section className="flex flex-col gap-2">
          <h3 className="text-sm font-semibold text-ink-strong">{diffTitle}</h3>
          <div className="rounded-md border border-border">
            <DiffTable changes={changes} first={!live} locale={locale} m={m} caption={diffTitle} />
          </div>
        </section>
        {version.params ? <PromotionSummary params={version.params} locale={locale} label={c.summary} /> : null}
        {pending || draft ? (
          <section className="flex flex-col gap-2" data-testid="version-simulation">
            <h3 className="text-sm font-semibold text-ink-strong">{a.simulationTitle}</h3>
            <Suspense fallback={<Skeleton className="h-24 w-full" />}>
              <SimulationPanel promotionId={promotion.id} versionId={version.id} canStart={viewer.canSimulate} />
            </Suspense>
          </section>
        ) : null}
        {draft && viewer.canEdit ? (
          <div className="flex flex-wrap items-start gap-2">
            <VersionControls versionId={version.id} number={version.number} rowVersion={version.rowVersion} canSubmit canWithdraw={false} />
            {own ? <Link href={`/promotions/${promotion.id}/edit`} className={buttonClassName("secondary")}>{c.editDraft}</Link> : null}
          </div>
        ) : null}
        {pending ? (
          <section className="flex flex-col gap-2 border-t border-border pt-4" data-testid="approval-panel">
            <h3 className="text-sm font-semibold text-ink-strong">{a.title}</h3>
            {own ? <AlertBanner tone="info" testId="approval-own">{viewer.canApprove ? a.own : c.waiting}</AlertBanner> : null}
            {!own && !viewer.canApprove ? <p className="text-sm text-ink-muted">{a.notManager}</p> : null}
            {own && viewer.canEdit ? <VersionControls versionId={version.id} number={version.number} rowVersion={version.rowVersion} canSubmit={false} canWithdraw /> : null}
            {viewer.canApprove && !own ? <ApprovalControls versionId={version.id} number={version.number} rowVersion={version.rowVersion} /> : null}
          </section>
        ) : null}
      </CardBody>
    </Card>
  );
}
