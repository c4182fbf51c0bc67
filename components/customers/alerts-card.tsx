// The customer's fraud alerts, newest first: which rule, how severe, where the investigation stands. Each
// opens its investigation (/alerts/[id]); the footer opens the alert queue filtered to this customer.
import Link from "next/link";
import { Card, CardFooter } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { AlertStatusBadge, SeverityBadge } from "@/components/customers/badges";
import { fill } from "@/lib/i18n/fill";
import { cellClassName, PlainTable } from "@/components/ui/plain-table";
import { ALERTS_SHOWN, getCustomerAlerts } from "@/lib/customers/profile/queries";
import { alertHref, alertsHref } from "@/lib/fraud/queue/view";
import { ruleName } from "@/lib/fraud/queue/rule-names";
import { formatDateTime } from "@/lib/time";
import { getLocale, getMessages } from "@/lib/i18n/server";

export async function AlertsCard({ customerId }: { customerId: string }) {
  const [{ customers: m, alerts: q }, locale] = await Promise.all([getMessages(), getLocale()]);
  const a = m.alerts;
  const fetched = await getCustomerAlerts(customerId);
  const rows = fetched.slice(0, ALERTS_SHOWN);
  return (
    <Card title={a.title} data-testid="customer-alerts">
      {rows.length === 0 ? (
        <EmptyState title={a.empty} className="py-6" />
      ) : (
        <PlainTable caption={a.caption} headers={[{ label: a.rule }, { label: a.severity }, { label: a.score, align: "end" }, { label: a.status }, { label: a.raised }]}>
          {rows.map((alert) => (
            <tr key={alert.id} className="group/row" data-testid="customer-alert">
              <td className={cellClassName}>
                <Link href={alertHref(alert.id)} prefetch={false} className="block text-brand-700 hover:underline" data-testid="customer-alert-link">
                  {ruleName(alert.rule.code, locale)}
                </Link>
                <span className="font-mono text-xs text-ink-subtle" translate="no">{alert.rule.code}</span>
              </td>
              <td className={cellClassName}>
                <SeverityBadge severity={alert.severity} />
              </td>
              <td className={`${cellClassName} num text-right`}>{alert.score}</td>
              <td className={cellClassName}>
                <AlertStatusBadge status={alert.status} />
              </td>
              <td className={`${cellClassName} num whitespace-nowrap`}>{formatDateTime(alert.createdAt, locale)}</td>
            </tr>
          ))}
        </PlainTable>
      )}
      {rows.length > 0 ? (
        <CardFooter className="text-xs text-ink-subtle">
          <span>{fetched.length > ALERTS_SHOWN ? fill(a.capped, { count: ALERTS_SHOWN }) : null}</span>
          <Link href={alertsHref({ status: "all", customer: customerId })} className="font-medium text-brand-700 hover:underline" data-testid="customer-alerts-all">
            {q.customerCard.all}
          </Link>
        </CardFooter>
      ) : null}
    </Card>
  );
}
