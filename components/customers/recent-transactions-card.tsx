// The 360's first look at what the customer did: the wallet's newest transactions, each opening its
// drawer on the transactions tab, where the whole history can be filtered and paged.
import Link from "next/link";
import { ArrowRight } from "lucide-react";
import { buttonClassName } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { transactionTableRow } from "@/components/transactions/transaction-results";
import { TransactionTable } from "@/components/transactions/transaction-table";
import { fill } from "@/lib/i18n/fill";
import { transactionHref } from "@/lib/transactions/cursor";
import { getRewardLinks, listTransactions } from "@/lib/transactions/queries";
import { getLocale, getMessages } from "@/lib/i18n/server";

const RECENT = 8;

export async function RecentTransactionsCard({ customerId, walletId }: { customerId: string; walletId: string }) {
  const [{ customers: m }, locale] = await Promise.all([getMessages(), getLocale()]);
  const tab = `/customers/${customerId}?tab=transactions`;
  const page = await listTransactions({ wallet: walletId }, null, RECENT);
  const rewards = await getRewardLinks(page.rows.map((row) => row.id));
  const rows = page.rows.map((row) => transactionTableRow(row, locale, transactionHref(tab, {}, { tx: row.id }), rewards.get(row.id)));
  return (
    <Card
      title={m.transactions.recentTitle}
      description={fill(m.transactions.recentDescription, { count: RECENT })}
      data-testid="customer-recent-transactions"
      actions={
        <Link href={tab} className={buttonClassName("ghost", "sm")}>
          {m.transactions.recentAll}
          <ArrowRight aria-hidden />
        </Link>
      }
    >
      <TransactionTable rows={rows} layout="card" emptyState={<EmptyState title={m.transactions.recentNone} />} />
    </Card>
  );
}
