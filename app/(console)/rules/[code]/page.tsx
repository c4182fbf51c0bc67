import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/layout/page-header";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody } from "@/components/ui/card";
import { ActiveCard } from "@/components/rules/active-card";
import { BacktestPanel } from "@/components/rules/backtest-panel";
import { backtestSummary, defaultWindow } from "@/components/rules/backtest-summary";
import { DraftEditor } from "@/components/rules/draft-editor";
import { ReviewCard } from "@/components/rules/review-card";
import { VersionsCard } from "@/components/rules/versions-card";
import { can } from "@/lib/auth/permissions";
import { requireArea } from "@/lib/auth/page-gate";
import { raisedRuleByCode } from "@/lib/fraud/rules/raised";
import { characteristicByCode } from "@/lib/fraud/rules/characteristics";
import { paramFields } from "@/lib/fraud/versions/fields";
import { effectiveParams } from "@/lib/fraud/versions/params";
import { getBacktests, getRuleDetail } from "@/lib/fraud/versions/queries";
import { fill } from "@/lib/i18n/fill";
import { getTranslator } from "@/lib/i18n/server";
import { CATALOGUES } from "@/lib/i18n/translate";

type Props = { params: Promise<{ code: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await getTranslator();
  const rule = await getRuleDetail((await params).code);
  const name = (rule?.definition ?? (rule ? raisedRuleByCode(rule.code) : undefined))?.name[locale] ?? rule?.storedName ?? "";
  return { title: fill(CATALOGUES[locale].rules.detail.title, { name }) };
}

const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);

export default async function RulePage({ params, searchParams }: Props) {
  const staff = await requireArea("/rules");
  const { locale } = await getTranslator();
  const rule = await getRuleDetail((await params).code);
  if (!rule) notFound();
  const query = await searchParams;
  const m = CATALOGUES[locale].rules;
  const severity = CATALOGUES[locale].alerts.severity;
  const canEdit = can(staff.roles, "rule:edit");
  const canApprove = can(staff.roles, "rule:approve");
  const definition = rule.definition;
  const open = rule.versions.filter((v) => v.status === "DRAFT" || v.status === "PENDING_APPROVAL" || v.status === "REJECTED");
  const mine = open.find((v) => v.createdById === staff.id);
  const submitted = open.filter((v) => v.status === "PENDING_APPROVAL");
  const backtests = await getBacktests(open.map((v) => v.id));
  const active = rule.active;
  const window = defaultWindow();
  // A rule another guard raises (PROMOTION_FARMING): its words, no parameters to edit here.
  const raised = definition ? undefined : raisedRuleByCode(rule.code);
  const known = definition ?? raised;
  const characteristic = known ? characteristicByCode(known.characteristic)?.label[locale] : undefined;
  const name = known?.name[locale] ?? rule.storedName;
  const base = mine?.baseVersionId ? rule.versions.find((v) => v.id === mine.baseVersionId) : undefined;
  const editable = mine && (mine.status === "DRAFT" || mine.status === "REJECTED") ? mine : undefined;
  const start = editable ?? active;

  return (
    <div className="flex flex-col gap-4">
      <PageHeader title={name} description={known?.description[locale]} breadcrumbs={[{ label: m.title, href: "/rules" }]} breadcrumbsLabel={m.title}>
        <div className="mt-2 flex flex-wrap items-center gap-2 text-xs text-ink-muted">
          <span>{m.detail.code}</span>
          <Badge translate="no">{rule.code}</Badge>
          {characteristic ? <span>{fill(m.detail.labelled, { label: m.detail.characteristic, value: characteristic })}</span> : null}
          {definition ? <span>{fill(m.detail.labelled, { label: m.detail.targets, value: "" }).trim()}</span> : null}
          {definition?.targets.map((p) => <Badge key={p} tone="info">{m.patterns[p]}</Badge>)}
          {raised ? <span>{raised.raisedBy[locale]}</span> : null}
        </div>
      </PageHeader>
      <div className="grid grid-cols-1 items-start gap-4 xl:grid-cols-[minmax(0,1fr)_30rem]">
        <div className="flex min-w-0 flex-col gap-4">
          {submitted.map((v) => (
            <ReviewCard key={v.id} rule={rule} version={v} backtests={backtests} viewerId={staff.id} canApprove={canApprove} canRun={canEdit} locale={locale} m={m} severity={severity} />
          ))}
          <ActiveCard rule={rule} locale={locale} m={m} severity={severity} />
          <VersionsCard rule={rule} from={one(query.from)} to={one(query.to)} locale={locale} m={m} severity={severity} />
        </div>
        {canEdit && definition && (!mine || editable) ? (
          <div className="flex min-w-0 flex-col gap-4">
            <DraftEditor
              key={active?.id ?? "none"}
              ruleId={rule.id}
              fields={paramFields(definition)}
              activeVersion={active?.version ?? null}
              draft={editable ? { versionId: editable.id, version: editable.version, rowVersion: editable.rowVersion, status: editable.status as "DRAFT" | "REJECTED", rejectionReason: editable.rejectionReason, stale: active && editable.baseVersionId !== active.id ? { base: base?.version ?? 0, active: active.version } : null } : null}
              initial={{ params: effectiveParams(definition, start?.params ?? {}), severity: start?.severity ?? definition.defaultSeverity, enabled: start?.enabled ?? true, note: editable?.note ?? "" }}
            />
            {editable ? (
              <Card title={m.backtest.title} description={m.backtest.description}>
                <CardBody>
                  <BacktestPanel
                    versionId={editable.id}
                    canRun
                    latest={backtestSummary(backtests.find((b) => b.ruleVersionId === editable.id), editable.rowVersion)}
                    defaultFrom={window.from}
                    defaultTo={window.to}
                    draftLabel={fill(m.backtest.draft, { version: editable.version })}
                    liveLabel={active ? fill(m.backtest.live, { version: active.version }) : m.backtest.liveNone}
                  />
                </CardBody>
              </Card>
            ) : null}
          </div>
        ) : null}
      </div>
    </div>
  );
}
