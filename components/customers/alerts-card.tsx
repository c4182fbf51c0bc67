// The customer's fraud alerts, newest first: which rule, how severe, where the investigation stands.
import { Card, CardFooter } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { AlertStatusBadge, SeverityBadge } from "@/components/customers/badges";
import { fill } from "@/lib/i18n/fill";
import { cellClassName, PlainTable } from "@/components/ui/plain-table";
import { ALERTS_SHOWN, getCustomerAlerts } from "@/lib/customers/profile/queries";
import { formatDateTime } from "@/lib/time";
import { getLocale, getMessages } from "@/lib/i18n/server";

export async function AlertsCard({ customerId }: { customerId: string }) {
  const [{ customers: m }, locale] = await Promise.all([getMessages(), getLocale()]);
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
                <span className="block">{alert.rule.name}</span>
                <span className="font-mono text-xs text-ink-subtle">{alert.rule.code}</span>
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
      {fetched.length > ALERTS_SHOWN ? <CardFooter className="text-xs text-ink-subtle">{fill(a.capped, { count: ALERTS_SHOWN })}</CardFooter> : null}
    </Card>
  );
}
