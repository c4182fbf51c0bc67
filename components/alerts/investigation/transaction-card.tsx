// The transaction that raised the alert, as the transaction drawer describes one.
import type { ReactNode } from "react";
import { Card, CardBody } from "@/components/ui/card";
import type { AlertDetail } from "@/lib/fraud/cases/queries";
import { DataValue } from "@/lib/i18n/data-value";
import { countryLabel } from "@/lib/i18n/regions";
import { getTranslator, getMessages } from "@/lib/i18n/server";
import { formatCny } from "@/lib/money";
import { showPii } from "@/lib/privacy/policy";
import { formatDateTime } from "@/lib/time";

export async function TransactionCard({ alert }: { alert: AlertDetail }) {
  const [{ locale }, { alertCase, transactions }] = await Promise.all([getTranslator(), getMessages()]);
  const m = alertCase.transaction;
  const tx = alert.transaction;
  const party = tx.merchantName ?? (tx.counterpartyName ? showPii("drawer", "name", tx.counterpartyName) : null);
  const row = (label: string, value: ReactNode) => (
    <div className="contents">
      <dt className="text-ink-subtle">{label}</dt>
      <dd className="min-w-0 break-words">{value}</dd>
    </div>
  );
  return (
    <Card title={m.title} data-testid="alert-transaction">
      <CardBody>
        <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 text-sm sm:grid-cols-[auto_1fr_auto_1fr]">
          {row(m.id, <span className="font-mono" translate="no">{tx.id.toString()}</span>)}
          {row(m.time, <span className="num">{formatDateTime(tx.createdAt, locale)}</span>)}
          {row(m.type, transactions.type[tx.type])}
          {row(m.amount, <span className="num font-medium">{formatCny(tx.amountFen, locale)}</span>)}
          {row(m.status, transactions.status[tx.status])}
          {row(m.channel, transactions.channel[tx.channel])}
          {row(m.party, party ? <DataValue>{party}</DataValue> : "—")}
          {row(m.country, `${countryLabel(tx.country, locale)}${tx.crossBorder ? ` · ${m.crossBorder}` : ""}`)}
          {row(m.device, <DataValue className="font-mono text-xs">{tx.deviceId}</DataValue>)}
          {row(m.ip, <DataValue className="font-mono text-xs">{tx.ip}</DataValue>)}
        </dl>
      </CardBody>
    </Card>
  );
}
