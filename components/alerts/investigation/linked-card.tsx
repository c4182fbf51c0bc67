// Other customers linked to this one (shared device, card, phone, ID number or counterparty) with their
// open alerts, and the same links drawn as a network: a mule ring shows itself at a glance.
import Link from "next/link";
import { Card, CardBody, CardFooter } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { cellClassName, PlainTable } from "@/components/ui/plain-table";
import { TextLink } from "@/components/ui/text-link";
import { SeverityBadge, WalletStatusBadge } from "@/components/customers/badges";
import { NetworkGraph } from "@/components/alerts/investigation/network-graph";
import { getLinkedEntities, LINK_DAYS, NETWORK_MAX } from "@/lib/fraud/cases/linked";
import type { AlertDetail } from "@/lib/fraud/cases/queries";
import { DataValue } from "@/lib/i18n/data-value";
import { fill } from "@/lib/i18n/fill";
import { getMessages } from "@/lib/i18n/server";

export async function LinkedCard({ alert }: { alert: AlertDetail }) {
  const { alertCase } = await getMessages();
  const m = alertCase.linked;
  const linked = await getLinkedEntities({ customerId: alert.customer.id, walletId: alert.walletId, at: alert.transaction.createdAt });
  return (
    <>
      <Card title={m.title} description={fill(m.description, { days: LINK_DAYS })} data-testid="alert-linked" data-count={linked.customers.length}>
        {linked.customers.length === 0 ? (
          <EmptyState title={m.empty} className="py-6" />
        ) : (
          <PlainTable caption={m.caption} headers={[{ label: m.customer }, { label: m.sharedOn }, { label: m.wallet }, { label: m.openAlerts }]} testId="alert-linked-table">
            {linked.customers.map((c) => (
              <tr key={c.id} className="group/row" data-testid="alert-linked-customer" data-customer-id={c.id}>
                <td className={cellClassName}>
                  <TextLink href={`/customers/${c.id}`}>
                    <DataValue>{c.name}</DataValue>
                  </TextLink>
                  <span className="block font-mono text-xs text-ink-subtle" translate="no">
                    {c.id}
                  </span>
                </td>
                <td className={cellClassName}>
                  <ul className="flex flex-col gap-0.5">
                    {c.links.map((l) => (
                      <li key={`${l.kind}:${l.label}`} data-link={l.kind}>
                        <span className="text-ink-subtle">{m.kinds[l.kind]}</span> <DataValue className="font-mono text-xs">{l.label}</DataValue>
                      </li>
                    ))}
                  </ul>
                </td>
                <td className={cellClassName}>{c.walletStatus ? <WalletStatusBadge status={c.walletStatus} /> : "—"}</td>
                <td className={cellClassName}>
                  {c.openAlerts.length === 0 ? (
                    <span className="text-ink-subtle">{m.none}</span>
                  ) : (
                    <ul className="flex flex-col gap-1">
                      {c.openAlerts.map((a) => (
                        <li key={a.id}>
                          <Link href={`/alerts/${a.id}`} prefetch={false} className="inline-flex items-center gap-1.5 hover:underline">
                            <SeverityBadge severity={a.severity} />
                            <span className="font-mono text-xs" translate="no">
                              {a.ruleCode}
                            </span>
                          </Link>
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </PlainTable>
        )}
        {linked.more > 0 ? <CardFooter className="text-xs text-ink-subtle">{fill(m.more, { count: linked.more })}</CardFooter> : null}
      </Card>
      <Card title={alertCase.network.title} description={alertCase.network.description} data-testid="alert-network">
        <CardBody>
          <NetworkGraph nodes={linked.network.nodes} edges={linked.network.edges} />
          {linked.network.truncated ? <p className="mt-2 text-xs text-ink-subtle">{fill(alertCase.network.truncated, { count: NETWORK_MAX })}</p> : null}
        </CardBody>
      </Card>
    </>
  );
}
