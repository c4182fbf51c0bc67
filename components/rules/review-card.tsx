// A submitted version as its approver sees it: first the difference from the live version and the backtest
// comparison, then the decision. Everyone with rule:view sees the same card; only a lead who is not the
// author gets the buttons.
import { AlertBanner } from "@/components/ui/alert-banner";
import { Card, CardBody } from "@/components/ui/card";
import { ApprovalControls } from "@/components/rules/approval-controls";
import { BacktestPanel } from "@/components/rules/backtest-panel";
import { backtestSummary, defaultWindow } from "@/components/rules/backtest-summary";
import { DiffTable } from "@/components/rules/diff-table";
import type { BacktestView } from "@/lib/fraud/backtest/read";
import { diffVersions } from "@/lib/fraud/versions/diff";
import { specDefaults } from "@/lib/fraud/versions/params";
import type { RuleDetail, VersionView } from "@/lib/fraud/versions/read";
import { DataValue, fillNodes } from "@/lib/i18n/data-value";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages/zh-CN";
import type { Locale } from "@/lib/i18n/translate";
import { formatDateTime } from "@/lib/time";

export function ReviewCard({ rule, version, backtests, viewerId, canApprove, canRun, locale, m, severity }: {
  rule: RuleDetail;
  version: VersionView;
  backtests: BacktestView[];
  viewerId: string;
  canApprove: boolean;
  canRun: boolean;
  locale: Locale;
  m: Messages["rules"];
  severity: Messages["alerts"]["severity"];
}) {
  const active = rule.active;
  const changes = active ? diffVersions(active, version, rule.definition ? Object.keys(rule.definition.params) : [], specDefaults(rule.definition ?? undefined)) : [];
  const latest = backtests.find((b) => b.ruleVersionId === version.id);
  const done = backtests.find((b) => b.ruleVersionId === version.id && b.status === "DONE");
  const summary = backtestSummary(latest, version.rowVersion);
  const own = version.createdById === viewerId;
  const stale = active !== null && version.baseVersionId !== active.id;
  const window = defaultWindow();
  return (
    <Card
      title={fill(m.approval.title, { version: version.version })}
      description={version.createdBy && version.submittedAt ? fillNodes(m.approval.description, { name: <DataValue>{version.createdBy}</DataValue>, time: formatDateTime(version.submittedAt) }) : undefined}
      data-testid={`review-${version.version}`}
    >
      <CardBody className="flex flex-col gap-4">
        {stale && active ? <AlertBanner tone="warning">{fill(m.errors.stale, { version: version.version, active: active.version })}</AlertBanner> : null}
        <section className="flex flex-col gap-2">
          <h3 className="text-sm font-semibold text-ink-strong">{fill(m.approval.diffTitle, { version: active?.version ?? "" })}</h3>
          <div className="rounded-md border border-border">
            <DiffTable changes={changes} definition={rule.definition} locale={locale} m={m} severity={severity} caption={fill(m.approval.diffTitle, { version: active?.version ?? "" })} testId="review-diff" />
          </div>
        </section>
        <section className="flex flex-col gap-2">
          <h3 className="text-sm font-semibold text-ink-strong">{m.approval.backtestTitle}</h3>
          {!done ? <AlertBanner tone="warning" testId="review-no-backtest">{m.approval.noBacktest}</AlertBanner> : null}
          <BacktestPanel
            versionId={version.id}
            canRun={canRun}
            latest={summary}
            defaultFrom={window.from}
            defaultTo={window.to}
            draftLabel={fill(m.backtest.draft, { version: version.version })}
            liveLabel={active ? fill(m.backtest.live, { version: active.version }) : m.backtest.liveNone}
          />
        </section>
        {own ? <AlertBanner tone="info" testId="review-own">{canApprove ? m.approval.ownDraft : fill(m.editor.pendingOwn, { version: version.version })}</AlertBanner> : null}
        {canApprove && !own ? <ApprovalControls versionId={version.id} version={version.version} rowVersion={version.rowVersion} /> : null}
      </CardBody>
    </Card>
  );
}
