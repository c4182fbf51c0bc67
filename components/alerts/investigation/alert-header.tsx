// The investigation's title: which rule fired, on whom, how severe, where it stands and who has it.
import type { ReactNode } from "react";
import { PageHeader } from "@/components/layout/page-header";
import { Badge } from "@/components/ui/badge";
import { AlertStatusBadge, SeverityBadge } from "@/components/customers/badges";
import { ruleName } from "@/components/alerts/investigation/text";
import type { AlertDetail } from "@/lib/fraud/cases/queries";
import { DataValue } from "@/lib/i18n/data-value";
import { fill } from "@/lib/i18n/fill";
import { getTranslator, getMessages } from "@/lib/i18n/server";
import { formatDateTime } from "@/lib/time";

export async function AlertHeader({ alert }: { alert: AlertDetail }) {
  const [{ locale }, messages] = await Promise.all([getTranslator(), getMessages()]);
  const m = messages.alertCase;
  const item = (label: string, value: ReactNode) => (
    <span className="inline-flex items-center gap-1.5">
      <span className="text-ink-subtle">{label}</span>
      <span className="text-ink">{value}</span>
    </span>
  );
  return (
    <PageHeader
      title={ruleName(alert.rule, locale)}
      description={
        <>
          <span className="font-mono text-xs" translate="no">
            {alert.id}
          </span>
          {" · "}
          <DataValue>{alert.customer.name}</DataValue>
        </>
      }
      breadcrumbs={[{ label: messages.alerts.title, href: "/alerts" }]}
      breadcrumbsLabel={m.back}
    >
      <div className="flex flex-wrap items-center gap-x-5 gap-y-2 text-sm" data-testid="alert-summary" data-status={alert.status}>
        <span className="inline-flex items-center gap-2" data-testid="alert-badges">
          <SeverityBadge severity={alert.severity} />
          <AlertStatusBadge status={alert.status} />
          <Badge>{fill(m.score, { score: alert.score })}</Badge>
        </span>
        <span className="text-ink-subtle">{fill(m.ruleVersion, { version: alert.ruleVersion.version })}</span>
        <span className="num text-ink-subtle">{fill(m.raisedAt, { time: formatDateTime(alert.createdAt, locale) })}</span>
        {item(m.assignee, alert.assignee ? <DataValue>{alert.assignee.name}</DataValue> : m.unassigned)}
      </div>
    </PageHeader>
  );
}
