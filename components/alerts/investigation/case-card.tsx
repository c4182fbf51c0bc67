// The alert's case: the customer's related alerts grouped under one investigation, listed with where each
// stands, resolved together; or, without a case, opening one that gathers the customer's open alerts.
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody } from "@/components/ui/card";
import { cellClassName, PlainTable } from "@/components/ui/plain-table";
import { AlertStatusBadge, SeverityBadge } from "@/components/customers/badges";
import { OpenCaseButton, ResolveCaseButton } from "@/components/alerts/investigation/case-forms";
import { ruleName } from "@/components/alerts/investigation/text";
import type { AlertDetail } from "@/lib/fraud/cases/queries";
import { DataValue, fillNodes } from "@/lib/i18n/data-value";
import { fill } from "@/lib/i18n/fill";
import { getTranslator, getMessages } from "@/lib/i18n/server";
import { formatCny } from "@/lib/money";
import { formatDateTime } from "@/lib/time";

export async function CaseCard({ alert, canResolve }: { alert: AlertDetail; canResolve: boolean }) {
  const [{ locale }, { alertCase: m }] = await Promise.all([getTranslator(), getMessages()]);
  const c = alert.fraudCase;
  if (!c) {
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
      </Card>
    );
  }
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
      {canResolve && c.status === "OPEN" ? (
        <CardBody>
          <ResolveCaseButton caseId={c.id} version={c.version} />
        </CardBody>
      ) : null}
    </Card>
  );
}
