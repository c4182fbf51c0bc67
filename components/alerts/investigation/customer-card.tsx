// Whose alert it is, masked as a list masks other people (the 360 behind the link shows the record), and
// the wallet's state, which a confirmed fraud changes.
import type { ReactNode } from "react";
import { Card, CardBody, CardFooter } from "@/components/ui/card";
import { TextLink } from "@/components/ui/text-link";
import { CustomerRiskBadge, WalletStatusBadge } from "@/components/customers/badges";
import type { AlertDetail } from "@/lib/fraud/cases/queries";
import { DataValue } from "@/lib/i18n/data-value";
import { placeName } from "@/lib/i18n/regions";
import { getTranslator, getMessages } from "@/lib/i18n/server";
import { formatCny } from "@/lib/money";

export async function CustomerCard({ alert }: { alert: AlertDetail }) {
  const [{ locale }, { alertCase }] = await Promise.all([getTranslator(), getMessages()]);
  const m = alertCase.customer;
  const c = alert.customer;
  const row = (label: string, value: ReactNode) => (
    <div className="contents">
      <dt className="text-ink-subtle">{label}</dt>
      <dd className="min-w-0">{value}</dd>
    </div>
  );
  return (
    <Card title={m.title} data-testid="alert-customer" data-customer-id={c.id}>
      <CardBody>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
          {row(m.name, <DataValue>{c.name}</DataValue>)}
          {row(m.phone, <DataValue className="num">{c.phone}</DataValue>)}
          {row(m.idNumber, <DataValue className="num">{c.idNumber}</DataValue>)}
          {row(m.region, <DataValue>{placeName(c.province, c.city, locale)}</DataValue>)}
          {row(m.risk, <CustomerRiskBadge level={c.riskLevel} />)}
          {row(m.wallet, c.wallet ? <WalletStatusBadge status={c.wallet.status} testId="alert-wallet-status" /> : m.noWallet)}
          {c.wallet ? row(m.balance, <span className="num">{formatCny(c.wallet.balanceFen, locale)}</span>) : null}
        </dl>
      </CardBody>
      <CardFooter>
        <TextLink href={`/customers/${c.id}`} data-testid="alert-customer-link">
          {m.open360}
        </TextLink>
      </CardFooter>
    </Card>
  );
}
