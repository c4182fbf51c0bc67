import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { TransactionSearch } from "@/components/transactions/transaction-search";
import { requireArea } from "@/lib/auth/page-gate";
import { getTranslator } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("transactions.title") };
}

export default async function TransactionsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const staff = await requireArea("/transactions");
  const { t } = await getTranslator();
  return (
    <div className="flex flex-col gap-4">
      <PageHeader title={t("transactions.title")} description={t("transactions.description")} />
      <TransactionSearch staff={staff} params={await searchParams} basePath="/transactions" />
    </div>
  );
}
