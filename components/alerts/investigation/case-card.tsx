// The alert's case: the customer's related alerts grouped under one investigation, listed with where each
// stands, resolved together; or, without a case, opening one that gathers the customer's open alerts.
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody } from "@/components/ui/card";
import { cellClassName, PlainTable } from "@/components/ui/plain-table";
import { AlertStatusBadge, SeverityBadge } from "@/components/customers/badges";
import { OpenCaseButton, ResolveCaseButton } from "@/components/alerts/investigation/case-forms";
import { OpenStrButton } from "@/components/alerts/investigation/str-forms";
import { ruleName } from "@/components/alerts/investigation/text";
import { ReportStatusBadge } from "@/components/reports/status-badge";
import { TextLink } from "@/components/ui/text-link";
import { MessagesProvider } from "@/lib/i18n/messages-provider";
import { caseExclusion, strForAlert, strForCase, type StrLink } from "@/lib/reports/suspicious/read";
import type { AlertDetail } from "@/lib/fraud/cases/queries";
import { DataValue, fillNodes } from "@/lib/i18n/data-value";
import { fill } from "@/lib/i18n/fill";
import { getTranslator, getMessages } from "@/lib/i18n/server";
import { formatCny } from "@/lib/money";
import { formatDateTime } from "@/lib/time";

/** Who may do what with the case's suspicious-transaction report. */
export interface StrRights {
  /** report:draft: open one. */
  draft: boolean;
  /** report:view: follow the link to it. */
  view: boolean;
}

/** The case's (or the lone alert's) STR: a link with its status, or the button that opens one. */
async function StrBlock({ report, source, canOpen, rights }: { report: StrLink | null; source: { caseId: string } | { alertId: string }; canOpen: boolean; rights: StrRights }) {
  const { alertCase: m } = await getMessages();
  if (!report && !(canOpen && rights.draft)) return null;
  return (
    <CardBody className="flex flex-col gap-2 border-t border-border text-sm" data-testid="alert-str">
      <span className="font-medium">{m.str.title}</span>
      {report ? (
        <MessagesProvider namespaces={["reports"]}>
          <span className="flex flex-wrap items-center gap-2" data-testid="alert-str-link" data-report-id={report.id}>
            {rights.view ? <TextLink href={`/reports/${report.id}`}>{fill(m.str.existing, { reference: report.reference })}</TextLink> : <span>{fill(m.str.existing, { reference: report.reference })}</span>}
            <ReportStatusBadge status={report.status as Parameters<typeof ReportStatusBadge>[0]["status"]} />
          </span>
        </MessagesProvider>
      ) : null}
      {(!report || report.status === "REJECTED_BY_REGULATOR") && canOpen && rights.draft ? <OpenStrButton source={source} /> : null}
    </CardBody>
  );
}

export async function CaseCard({ alert, canResolve, str = { draft: false, view: false } }: { alert: AlertDetail; canResolve: boolean; str?: StrRights }) {
  const [{ locale }, { alertCase: m }] = await Promise.all([getTranslator(), getMessages()]);
  const c = alert.fraudCase;
  if (!c) {
    const report = await strForAlert(alert.id);
    return (
      <Card title={m.case.title} data-testid="alert-case">
        <CardBody className="flex flex-col gap-3 text-sm">
          {alert.otherOpenCase ? (
            <p>
              {m.case.otherOpen} <DataValue>{alert.otherOpenCase.title}</DataValue>
            </p>
          ) : (
            <p className="text-ink-subtle">{alert.unresolvedWithoutCase > 0 ? fill(m.case.gather, { count: alert.unresolvedWithoutCase }) : m.case.none}</p>
          )}
          {canResolve && !alert.otherOpenCase && alert.unresolvedWithoutCase > 0 ? <OpenCaseButton alertId={alert.id} defaultTitle={fill(m.case.defaultTitle, { rule: ruleName(alert.rule, locale) })} /> : null}
        </CardBody>
        <StrBlock report={report} source={{ alertId: alert.id }} canOpen={alert.status === "CONFIRMED"} rights={str} />
      </Card>
    );
  }
  const report = await strForCase(c.id);
  const liveReport = report && report.status !== "REJECTED_BY_REGULATOR";
  const strExclusion = c.status === "CLOSED" ? await caseExclusion(c.id) : null;
  return (
    <Card
      title={m.case.title}
      description={<DataValue>{c.title}</DataValue>}
      actions={<Badge tone={c.status === "OPEN" ? "info" : "neutral"}>{c.outcome ? m.case.outcome[c.outcome as keyof typeof m.case.outcome] ?? c.outcome : m.case.status[c.status]}</Badge>}
      data-testid="alert-case"
      data-case-id={c.id}
      data-case-status={c.status}
    >
      <CardBody className="flex flex-col gap-1 text-xs text-ink-subtle">
        <span>{fillNodes(m.case.openedBy, { name: <DataValue>{c.openedBy.name}</DataValue>, time: formatDateTime(c.createdAt, locale) })}</span>
        {c.closedAt ? <span>{fill(m.case.closedAt, { time: formatDateTime(c.closedAt, locale) })}</span> : null}
        {strExclusion ? (
          <span data-testid="case-exclusion-reason">
            {fillNodes(m.case.exclusionRecorded, { reason: <DataValue>{strExclusion}</DataValue> })}
          </span>
        ) : null}
      </CardBody>
      <PlainTable caption={m.case.caption} headers={[{ label: m.case.rule }, { label: m.case.severity }, { label: m.case.amount, align: "end" }, { label: m.case.alertStatus }]} testId="case-alerts">
        {c.alerts.map((a) => (
          <tr key={a.id} className="group/row" data-testid="case-alert" data-alert-id={a.id} data-status={a.status}>
            <td className={cellClassName}>
              {a.id === alert.id ? (
                <span>
                  {ruleName(a.rule, locale)} {m.case.current}
                </span>
              ) : (
                <Link href={`/alerts/${a.id}`} prefetch={false} className="hover:underline">
                  {ruleName(a.rule, locale)}
                </Link>
              )}
            </td>
            <td className={cellClassName}>
              <SeverityBadge severity={a.severity} />
            </td>
            <td className={`${cellClassName} num text-right`}>{formatCny(a.amountFen, locale)}</td>
            <td className={cellClassName}>
              <AlertStatusBadge status={a.status} />
            </td>
          </tr>
        ))}
      </PlainTable>
      <StrBlock report={report} source={{ caseId: c.id }} canOpen={c.status === "OPEN" || c.outcome === "CONFIRMED"} rights={str} />
      {canResolve && c.status === "OPEN" ? (
        <CardBody>
          <ResolveCaseButton caseId={c.id} version={c.version} needsExclusion={!liveReport} />
        </CardBody>
      ) : null}
    </Card>
  );
}
