// The 360's header: who the customer is, their id, where their wallet stands and their risk, and the
// reveal button for those who may use it.
import type { ReactNode } from "react";
import { PageHeader } from "@/components/layout/page-header";
import { CustomerRiskBadge, WalletStatusBadge } from "@/components/customers/badges";
import { fill } from "@/lib/i18n/fill";
import type { CustomerProfile } from "@/lib/customers/profile/queries";
import { DataValue, fillNodes } from "@/lib/i18n/data-value";
import { tierNumeral } from "@/lib/i18n/glossary";
import { formatDate } from "@/lib/time";
import { getLocale, getMessages } from "@/lib/i18n/server";

export async function CustomerHeader({ customer, actions, children }: { customer: CustomerProfile; actions?: ReactNode; children?: ReactNode }) {
  const [{ customers: m }, locale] = await Promise.all([getMessages(), getLocale()]);
  return (
    <div data-testid="customer-header" data-customer-id={customer.id}>
      <PageHeader
        title={fillNodes(m.detail.title, { name: <DataValue>{customer.name}</DataValue> })}
        breadcrumbs={[{ label: m.detail.breadcrumb, href: "/customers" }]}
        breadcrumbsLabel={m.detail.breadcrumbsLabel}
        actions={actions}
      >
        <div className="flex flex-wrap items-center gap-x-5 gap-y-2 text-sm">
          <span className="inline-flex items-center gap-1.5">
            <span className="text-ink-subtle">{m.detail.customerId}</span>
            <span className="font-mono text-[13px] text-ink" data-testid="customer-id">
              {customer.id}
            </span>
          </span>
          <span className="inline-flex items-center gap-2">
            {customer.wallet ? <WalletStatusBadge status={customer.wallet.status} testId="customer-wallet-status" /> : <span className="text-ink-subtle">{m.noWallet}</span>}
            {customer.wallet ? <span className="text-ink-muted">{fill(m.tier, { tier: tierNumeral(customer.wallet.tier) })}</span> : null}
          </span>
          <span className="inline-flex items-center gap-1.5">
            <span className="text-ink-subtle">{m.detail.customerRisk}</span>
            <CustomerRiskBadge level={customer.riskLevel} testId="customer-risk" />
          </span>
          <span className="num text-ink-muted">{fill(m.detail.registered, { date: formatDate(customer.createdAt, locale) })}</span>
        </div>
        {children}
      </PageHeader>
    </div>
  );
}
