import { Suspense, type ReactNode } from "react";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Card } from "@/components/ui/card";
import { TableSkeleton } from "@/components/ui/skeleton";
import { Tabs } from "@/components/ui/tabs";
import { PiiProvider } from "@/components/kyc/review/pii-context";
import { PiiRevealButton, PiiRevealedBanner } from "@/components/kyc/review/pii-reveal";
import { AlertsCard } from "@/components/customers/alerts-card";
import { CardsCard } from "@/components/customers/cards-card";
import { CustomerHeader } from "@/components/customers/customer-header";
import { KycHistoryCard } from "@/components/customers/kyc-history-card";
import { NotesCard } from "@/components/notes/notes-card";
import { ProfileCard } from "@/components/customers/profile-card";
import { RecentTransactionsCard } from "@/components/customers/recent-transactions-card";
import { ReportsCard } from "@/components/customers/reports-card";
import { RewardsCard } from "@/components/customers/rewards-card";
import { CustomerTimelineCard } from "@/components/customers/timeline-card";
import { CustomerTransactions } from "@/components/transactions/customer-transactions";
import { WalletPanel } from "@/components/wallets/wallet-panel";
import { can } from "@/lib/auth/permissions";
import { recordPageView } from "@/lib/audit/page-view";
import { requireArea } from "@/lib/auth/page-gate";
import { getCustomerProfile } from "@/lib/customers/profile/queries";
import { requestMeta } from "@/lib/http/request-meta";
import { getMessages, getTranslator } from "@/lib/i18n/server";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("customers.detail.metaTitle", { id: (await params).id }) };
}

function Loading({ title, rows = 3 }: { title: string; rows?: number }) {
  return (
    <Card title={title}>
      <TableSkeleton rows={rows} columns={4} />
    </Card>
  );
}

function Later({ title, rows, children }: { title: string; rows?: number; children: ReactNode }) {
  return <Suspense fallback={<Loading title={title} rows={rows} />}>{children}</Suspense>;
}

export default async function CustomerPage({ params, searchParams }: Props) {
  const staff = await requireArea("/customers");
  const { id } = await params;
  const query = await searchParams;
  const customer = await getCustomerProfile(id);
  if (!customer) notFound();
  await recordPageView(staff, { action: "customer.view", entityType: "Customer", entityId: customer.id }, await requestMeta());
  const { customers: m } = await getMessages();
  const { t } = await getTranslator();
  const tab = query.tab === "transactions" ? "transactions" : "overview";
  const base = `/customers/${customer.id}`;
  const walletId = customer.wallet?.id ?? null;

  return (
    <PiiProvider>
      <CustomerHeader
        customer={customer}
       
       
        actions={can(staff.roles, "pii:reveal") ? <PiiRevealButton entityType="Customer" entityId={customer.id} fields={["idNumber", "phone", "email", "birthDate", "address"]} /> : undefined}
      >
        <Tabs
          className="mt-4"
          label={m.detail.tabsLabel}
          items={[
            { href: base, label: m.detail.tabs.overview, active: tab === "overview" },
            { href: `${base}?tab=transactions`, label: m.detail.tabs.transactions, active: tab === "transactions" },
          ]}
        />
      </CustomerHeader>
      <div className="flex flex-col gap-4">
        <PiiRevealedBanner />
        {tab === "transactions" ? (
          walletId ? (
            <Later title={m.detail.tabs.transactions} rows={12}>
              <CustomerTransactions walletId={walletId} customerId={customer.id} searchParams={query} basePath={`${base}?tab=transactions`} />
            </Later>
          ) : (
            <Card>
              <p className="px-4 py-6 text-center text-sm text-ink-subtle">{m.transactions.noWallet}</p>
            </Card>
          )
        ) : (
          <div className="grid grid-cols-1 items-start gap-4 xl:grid-cols-[minmax(0,1fr)_26rem]">
            <div className="flex min-w-0 flex-col gap-4">
              <ProfileCard customer={customer} />
              {walletId && can(staff.roles, "transaction:view") ? (
                <Later title={m.transactions.recentTitle} rows={8}>
                  <RecentTransactionsCard customerId={customer.id} walletId={walletId} />
                </Later>
              ) : null}
              <Later title={m.kyc.title}>
                <KycHistoryCard customerId={customer.id} />
              </Later>
              <Later title={m.cards.title}>
                <CardsCard walletId={walletId} />
              </Later>
              <Later title={m.alerts.title}>
                <AlertsCard customerId={customer.id} />
              </Later>
              <Later title={m.rewards.title}>
                <RewardsCard customerId={customer.id} />
              </Later>
              {can(staff.roles, "report:view") ? (
                <Later title={t("reports.customerCard.title")}>
                  <ReportsCard customerId={customer.id} staff={staff} />
                </Later>
              ) : null}
            </div>
            <div className="flex min-w-0 flex-col gap-4">
              {walletId ? (
                <Later title={m.wallet.title} rows={5}>
                  <WalletPanel customerId={customer.id} staff={staff} />
                </Later>
              ) : (
                <Card title={m.wallet.title}>
                  <p className="px-4 py-4 text-sm text-ink-subtle">{m.wallet.none}</p>
                </Card>
              )}
              <Later title={m.notes.title}>
                <NotesCard subject="customer" subjectId={customer.id} canWrite={can(staff.roles, "customer:note")} />
              </Later>
              <Later title={m.timeline.title} rows={6}>
                <CustomerTimelineCard customerId={customer.id} walletId={walletId} auditLink={can(staff.roles, "audit:view")} />
              </Later>
            </div>
          </div>
        )}
      </div>
    </PiiProvider>
  );
}

