// What /customers lists: the newest customers (keyset pages) without a query, one page of matches with
// one, and a plain word when the query cannot be searched. Never a count of a million rows.
import { SearchX, Users } from "lucide-react";
import { AlertBanner } from "@/components/ui/alert-banner";
import { Card, CardFooter } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { CursorPagination } from "@/components/ui/pagination";
import { CustomerTable } from "@/components/customers/customer-table";
import { fill } from "@/lib/i18n/fill";
import type { StaffSession } from "@/lib/auth/session";
import { listCustomersForPage } from "@/lib/customers/search/queries";
import { Tabs } from "@/components/ui/tabs";
import { MAX_QUERY_LENGTH } from "@/lib/customers/search/query-shape";
import { CUSTOMER_PAGE_SIZE, customersHref, WALLET_FILTERS } from "@/lib/customers/search/schemas";
import type { WalletStatus } from "@/lib/generated/prisma/enums";
import type { NewestCursor } from "@/lib/customers/search/sql";
import { formatCount } from "@/lib/money";
import { getLocale, getMessages } from "@/lib/i18n/server";

export async function CustomerSearchResults({ staff, query, cursor, wallet }: { staff: StaffSession; query: string; cursor: NewestCursor | null; wallet: WalletStatus | null }) {
  const [{ customers: m }, locale] = await Promise.all([getMessages(), getLocale()]);
  const listing = await listCustomersForPage(staff, query, cursor, wallet);

  if (listing.mode === "invalid") {
    const r = m.results;
    const [title, description] = {
      tooShort: [r.tooShort, r.tooShortHint],
      tooLong: [r.tooLong, fill(r.tooLongHint, { max: MAX_QUERY_LENGTH, length: [...query].length })],
      unrecognised: [r.unrecognised, r.unrecognisedHint],
    }[listing.reason];
    return (
      <Card data-testid="customer-search-invalid" data-reason={listing.reason}>
        <EmptyState icon={<SearchX />} title={title} description={description} />
      </Card>
    );
  }

  if (listing.mode === "search") {
    const { rows, more } = listing.result;
    return (
      <Card
        title={m.results.title}
        description={<span data-testid="customer-search-summary" data-kind={listing.kind}>{fill(m.results.found, { kind: m.kinds[listing.kind], count: more ? `${formatCount(rows.length, locale)}+` : formatCount(rows.length, locale) })}</span>}
      >
        {more ? (
          <div className="border-b border-border px-4 py-2">
            <AlertBanner tone="info" testId="customer-search-more">
              {fill(m.results.more, { count: formatCount(CUSTOMER_PAGE_SIZE, locale) })}
            </AlertBanner>
          </div>
        ) : null}
        {rows.length === 0 ? <EmptyState icon={<SearchX />} title={m.results.none} description={m.results.noneHint} /> : <CustomerTable rows={rows} />}
      </Card>
    );
  }

  const { rows, prev, next } = listing.page;
  return (
    <Card title={m.results.newestTitle} description={m.results.newestDescription}>
      <Tabs
        className="px-4"
        label={m.results.walletFilter}
        items={[null, ...WALLET_FILTERS].map((status) => ({
          href: customersHref("", undefined, status),
          label: status ? m.walletStatus[status] : m.results.walletAll,
          active: status === wallet,
        }))}
      />
      {rows.length === 0 ? <EmptyState icon={<Users />} title={wallet ? fill(m.results.emptyWallet, { status: m.walletStatus[wallet] }) : m.results.empty} /> : <CustomerTable rows={rows} />}
      {prev || next ? (
        <CardFooter>
          <CursorPagination
            className="w-full"
            hasPrev={prev !== null}
            hasNext={next !== null}
            prevHref={prev ? customersHref("", { direction: "before", token: prev }, wallet) : undefined}
            nextHref={next ? customersHref("", { direction: "after", token: next }, wallet) : undefined}
            prevLabel={m.results.prev}
            nextLabel={m.results.next}
            label={m.results.pagination}
            summary={fill(m.results.page, { count: CUSTOMER_PAGE_SIZE })}
          />
        </CardFooter>
      ) : null}
    </Card>
  );
}
