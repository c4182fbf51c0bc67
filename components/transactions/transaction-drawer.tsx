// One transaction beside the list: amounts (with the original currency and FX rate when cross-border),
// merchant and counterparty, card (bank and last four only), device and IP, and the way to the customer.
import type { ReactNode } from "react";
import Link from "next/link";
import { TextLink } from "@/components/ui/text-link";
import { ArrowUpRight } from "lucide-react";
import { buttonClassName } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { TransactionDrawerShell } from "@/components/transactions/transaction-drawer-shell";
import { TransactionStatusBadge } from "@/components/transactions/transaction-status-badge";
import { getMessages, getLocale } from "@/lib/i18n/server";
import { fill } from "@/lib/i18n/translate";
import { formatCny, formatForeign } from "@/lib/money";
import { formatDateTimeSeconds } from "@/lib/time";
import { getRewardLinks, getTransactionDetail } from "@/lib/transactions/queries";
import { rewardLabel } from "@/components/transactions/transaction-results";
import { can } from "@/lib/auth/permissions";
import { getStaffSession } from "@/lib/auth/session";
import { DataValue } from "@/lib/i18n/data-value";
import { countryLabel } from "@/lib/i18n/regions";
import { bankNameIn } from "@/lib/sim/data/banks";
import { isCredit, isKnownMcc, SYSTEM_DEVICE } from "@/lib/transactions/reference";

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="border-b border-border py-3 first:pt-0 last:border-b-0">
      <h3 className="mb-2 text-xs font-medium text-ink-muted">{title}</h3>
      <dl className="grid grid-cols-[9rem_1fr] gap-x-3 gap-y-1.5 text-sm">{children}</dl>
    </section>
  );
}

function Item({ label, children, mono, testId }: { label: string; children: ReactNode; mono?: boolean; testId?: string }) {
  return (
    <>
      <dt className="text-ink-subtle">{label}</dt>
      <dd className={mono ? "font-mono text-[13px] break-all text-ink" : "text-ink"} data-testid={testId}>
        {children}
      </dd>
    </>
  );
}

/** id null: the URL's ?tx= (label) is not a transaction id at all; it is "not found" without asking the database. */
export async function TransactionDrawer({ id, label, walletId, closeHref }: { id: bigint | null; label: string; walletId?: string; closeHref: string }) {
  const [m, locale] = [(await getMessages()).transactions, await getLocale()];
  const d = m.drawer;
  const tx = id === null ? null : await getTransactionDetail(id, walletId);
  if (!tx) {
    return (
      <TransactionDrawerShell closeHref={closeHref} title={fill(d.title, { id: label })} closeLabel={d.close}>
        <EmptyState title={d.notFound} description={d.notFoundBody} />
      </TransactionDrawerShell>
    );
  }
  const [rewards, staff] = await Promise.all([getRewardLinks([tx.id]).then((links) => links.get(tx.id) ?? []), getStaffSession()]);
  const promotionLinks = can(staff?.roles, "promotion:view");
  const credit = isCredit(tx.type);
  const foreign = tx.currency !== "CNY" && tx.originalAmountMinor !== null;
  const none = <span className="text-ink-subtle">{d.none}</span>;
  const footer = (
    <Link href={`/customers/${tx.customerId}`} className={buttonClassName("secondary", "sm")} data-testid="transaction-customer-link">
      {d.openCustomer}
      <ArrowUpRight aria-hidden />
    </Link>
  );

  return (
    <TransactionDrawerShell
      closeHref={closeHref}
      title={fill(d.title, { id: tx.reference })}
      description={<span className="inline-flex items-center gap-2">{m.type[tx.type]} · {formatDateTimeSeconds(tx.createdAt, locale)} <TransactionStatusBadge status={tx.status} label={m.status[tx.status]} /></span>}
      closeLabel={d.close}
      footer={footer}
    >
      <Section title={d.sectionMoney}>
        <Item label={d.reference} mono testId="drawer-reference">{tx.reference}</Item>
        <Item label={d.amount} testId="drawer-amount">
          <span className="num text-base font-semibold text-ink-strong">{credit ? "+" : ""}{formatCny(credit ? tx.amountFen : -tx.amountFen, locale)}</span>
        </Item>
        {foreign ? (
          <>
            <Item label={d.original} testId="drawer-original">
              <span className="num" data-currency={tx.currency}>{formatForeign(tx.originalAmountMinor!, tx.currency, locale)}</span>
            </Item>
            <Item label={d.fxRate} testId="drawer-fx-rate">
              <span className="num">{fill(d.fxRateValue, { currency: tx.currency, rate: tx.fxRate ?? "" })}</span>
            </Item>
          </>
        ) : null}
        <Item label={d.time}>{formatDateTimeSeconds(tx.createdAt, locale)}</Item>
        <Item label={d.channel}>{m.channel[tx.channel]}</Item>
        <Item label={d.country}>{countryLabel(tx.country, locale)}</Item>
        <Item label={d.crossBorder} testId="drawer-cross-border">{tx.crossBorder ? d.yes : d.no}</Item>
      </Section>
      <Section title={d.sectionParties}>
        <Item label={d.merchant}>{tx.merchantName ? <DataValue>{tx.merchantName}</DataValue> : none}</Item>
        <Item label={d.mcc}>{tx.mcc ? `${tx.mcc}${isKnownMcc(tx.mcc) ? ` · ${m.mcc[tx.mcc]}` : ""}` : none}</Item>
        <Item label={d.counterparty}>{tx.counterpartyName ? <DataValue>{tx.counterpartyName}</DataValue> : none}</Item>
        <Item label={d.counterpartyWallet} mono={tx.counterpartyWalletId !== null}>{tx.counterpartyWalletId ?? none}</Item>
        <Item label={d.card} testId="drawer-card">
          {tx.card ? fill(d.cardValue, { bank: bankNameIn(tx.card.bankName, locale), type: m.cardType[tx.card.cardType as "DEBIT" | "CREDIT"] ?? "", last4: tx.card.last4 }) : none}
        </Item>
      </Section>
      {rewards.length > 0 ? (
        <Section title={m.rewards.drawerTitle}>
          {rewards.map((reward) => (
            <Item key={`${reward.kind}:${reward.rewardId}`} label={rewardLabel(reward, locale)} testId="drawer-reward">
              {promotionLinks ? (
                <TextLink href={`/promotions/${reward.promotionId}`} translate="no" data-testid="drawer-reward-promotion">
                  {reward.promotionName}
                </TextLink>
              ) : (
                <DataValue>{reward.promotionName}</DataValue>
              )}
              <span className="text-ink-subtle"> · {m.rewards.statuses[reward.status]}</span>
            </Item>
          ))}
        </Section>
      ) : null}
      <Section title={d.sectionAccess}>
        {tx.deviceId === SYSTEM_DEVICE ? (
          <Item label={d.device} testId="drawer-device">{d.systemDevice}</Item>
        ) : (
          <Item label={d.device} mono testId="drawer-device">{tx.deviceId}</Item>
        )}
        <Item label={d.ip} mono testId="drawer-ip">{tx.ip}</Item>
      </Section>
      <Section title={d.sectionAccount}>
        <Item label={d.customer}>
          <TextLink href={`/customers/${tx.customerId}`} data-testid="drawer-customer-link" translate="no">{tx.customerName}</TextLink> <span className="font-mono text-xs text-ink-subtle">{tx.customerId}</span>
        </Item>
        <Item label={d.wallet} mono>{tx.walletId}</Item>
        <Item label={d.alerts}>{fill(d.alertsValue, { count: String(tx.alertCount) })}</Item>
      </Section>
    </TransactionDrawerShell>
  );
}
