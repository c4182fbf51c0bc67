// The transaction search, shared by /transactions and a customer's tab: filters, one keyset page, and the
// drawer of the transaction named by `?tx=`. Each part reads its own data inside its own Suspense.
import { Suspense } from "react";
import { AlertBanner } from "@/components/ui/alert-banner";
import { Card } from "@/components/ui/card";
import { TableSkeleton } from "@/components/ui/skeleton";
import { TransactionDrawer } from "@/components/transactions/transaction-drawer";
import { TransactionFilterForm } from "@/components/transactions/transaction-filter-form";
import { countryLabel } from "@/lib/i18n/regions";
import { COUNTRY_CHOICES } from "@/lib/transactions/reference";
import { TransactionResults } from "@/components/transactions/transaction-results";
import type { StaffSession } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { CATALOGUES } from "@/lib/i18n/translate";
import { readOpenTransaction, readTransactionCursor, transactionHref } from "@/lib/transactions/cursor";
import { readTransactionFilters } from "@/lib/transactions/schemas";

export interface TransactionSearchProps {
  staff: StaffSession;
  params: Record<string, string | string[] | undefined>;
  /** Where links lead: "/transactions" or the customer's tab ("/customers/C1?tab=transactions"). */
  basePath: string;
  /** Scope to one wallet: the filter form then offers no wallet field and the URL cannot widen it. */
  walletId?: string;
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || undefined;

export async function TransactionSearch({ staff, params, basePath, walletId }: TransactionSearchProps) {
  const { t, locale } = await getTranslator();
  const m = CATALOGUES[locale].transactions;
  const read = readTransactionFilters(walletId ? { ...params, wallet: undefined } : params);
  const filters = walletId ? { ...read.filters, wallet: walletId } : read.filters;
  const cursor = readTransactionCursor(params);
  const openId = readOpenTransaction(params);
  // As typed, so that a malformed or out-of-range ?tx= gets the drawer's own "not found", not the error page.
  const openText = first(params.tx)?.slice(0, 40);
  // The position the page was opened at, kept in the drawer's links so closing it returns to the same page.
  const after = first(params.after);
  const before = first(params.before);
  const position = cursor ? { direction: cursor.direction, token: (cursor.direction === "after" ? after : before)! } : undefined;
  const link = { omitWallet: walletId !== undefined };
  const view = transactionHref(basePath, filters, { ...link, cursor: position });

  return (
    <div className="flex flex-col gap-4" data-testid="transaction-search">
      <Card title={m.filters.title}>
        <div className="p-4">
          {/* Keyed by the URL's values: defaultValue is read once, and a new search must show its own. */}
          <TransactionFilterForm key={JSON.stringify(read.values)} basePath={basePath} values={read.values} invalid={read.invalid} scoped={walletId !== undefined} countries={COUNTRY_CHOICES.map((code) => ({ value: code, label: countryLabel(code, locale) }))} />
        </div>
      </Card>
      {read.invalid.length > 0 ? (
        <AlertBanner tone="warning" title={m.filters.invalidTitle} testId="transaction-filters-invalid">
          {t("transactions.filters.invalidBody", { fields: read.invalid.map((key) => m.filters[key]).join("、") })}
        </AlertBanner>
      ) : (
        <Suspense key={view} fallback={<Card><TableSkeleton rows={12} columns={8} label={m.loading} /></Card>}>
          <TransactionResults staff={staff} filters={filters} cursor={cursor} position={position} basePath={basePath} link={link} />
        </Suspense>
      )}
      {openText ? (
        <Suspense key={openText} fallback={null}>
          <TransactionDrawer id={openId} label={openText} walletId={walletId} closeHref={view} />
        </Suspense>
      ) : null}
    </div>
  );
}
