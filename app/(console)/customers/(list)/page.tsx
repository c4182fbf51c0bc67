import type { Metadata } from "next";
import { Suspense } from "react";
import { PageHeader } from "@/components/layout/page-header";
import { Card } from "@/components/ui/card";
import { TableSkeleton } from "@/components/ui/skeleton";
import { CustomerSearchForm } from "@/components/customers/search-form";
import { CustomerSearchResults } from "@/components/customers/search-results";
import { requireArea } from "@/lib/auth/page-gate";
import { AlertBanner } from "@/components/ui/alert-banner";
import { openCustomerQuery } from "@/lib/customers/search/sealed-query";
import { readCustomerQuery, readNewestCursor, readWalletFilter, unusableCustomerParams } from "@/lib/customers/search/schemas";
import { fill } from "@/lib/i18n/fill";
import { getTranslator } from "@/lib/i18n/server";
import { CATALOGUES } from "@/lib/i18n/translate";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("customers.title") };
}

export default async function CustomersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const staff = await requireArea("/customers");
  const { t, locale } = await getTranslator();
  const params = await searchParams;
  // A whole ID number arrives sealed (?sq=), never as plain ?q=: see lib/customers/search/sealed-query.ts.
  const sealed = typeof params.sq === "string" ? openCustomerQuery(params.sq, staff.id) : null;
  const expired = typeof params.sq === "string" && sealed === null;
  const query = sealed ?? readCustomerQuery(params);
  const cursor = query ? null : readNewestCursor(params);
  const wallet = query ? null : readWalletFilter(params);
  const m = CATALOGUES[locale].customers;
  // Said, not dropped: a link whose page position or filter cannot be read shows page 1 with a word why.
  const ignored = query ? [] : [...new Set(unusableCustomerParams(params).map((key) => m.results.ignoredParams[key]))];

  return (
    <div className="flex flex-col gap-4">
      <PageHeader title={t("customers.title")} description={m.description} />
      <CustomerSearchForm key={query} query={query} />
      {expired ? <AlertBanner tone="warning" testId="customer-search-expired">{m.search.expired}</AlertBanner> : null}
      {ignored.length > 0 ? (
        <AlertBanner tone="warning" testId="customer-search-ignored">
          {fill(m.results.ignored, { params: ignored.join(locale === "en" ? ", " : "、") })}
        </AlertBanner>
      ) : null}
      <Suspense key={JSON.stringify([query, cursor, wallet])} fallback={<Card><TableSkeleton rows={12} columns={9} label={m.results.loading} /></Card>}>
        <CustomerSearchResults staff={staff} query={query} cursor={cursor} wallet={wallet} />
      </Suspense>
    </div>
  );
}
