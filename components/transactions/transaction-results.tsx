// One keyset page of matching transactions, newest first, with the export of the whole filtered range for
// roles that may export. Rows reach the client already translated and formatted.
import Link from "next/link";
import { Download, SearchX } from "lucide-react";
import { buttonClassName } from "@/components/ui/button";
import { Card, CardFooter } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { CursorPagination } from "@/components/ui/pagination";
import { TransactionTable, type TransactionTableRow } from "@/components/transactions/transaction-table";
import { can } from "@/lib/auth/permissions";
import type { StaffSession } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { CATALOGUES, type Locale } from "@/lib/i18n/translate";
import { formatCny, formatCount, formatForeign } from "@/lib/money";
import { formatDateTimeSeconds } from "@/lib/time";
import { transactionHref, type TransactionCursor, type TransactionLink } from "@/lib/transactions/cursor";
import { getRewardLinks, listTransactions } from "@/lib/transactions/queries";
import type { RewardLink } from "@/lib/transactions/rewards";
import { fill } from "@/lib/i18n/fill";
import type { TransactionRow } from "@/lib/transactions/read";
import { countryName } from "@/lib/i18n/regions";
import { isCredit, isKnownMcc } from "@/lib/transactions/reference";
import { hasTransactionFilters, type TransactionFilters } from "@/lib/transactions/schemas";

interface TransactionResultsProps {
  staff: StaffSession;
  filters: TransactionFilters;
  cursor: TransactionCursor | null;
  position: TransactionLink["cursor"];
  basePath: string;
  link: Pick<TransactionLink, "omitWallet">;
}

/** What a reward link says beside the transaction: "earned ¥3.00", "paid out", "clawed back ¥1.50" (and a held or clawed-back status). */
export function rewardLabel(link: RewardLink, locale: Locale): string {
  const r = CATALOGUES[locale].transactions.rewards;
  const value = [link.amountFen > 0n ? formatCny(link.amountFen, locale) : null, link.points > 0 ? fill(r.points, { points: formatCount(link.points, locale) }) : null].filter(Boolean).join(" + ");
  if (link.kind === "CREDIT") return r.credit;
  if (link.kind === "CLAWBACK") return fill(r.clawback, { value });
  return link.status === "PAID" ? fill(r.earned, { value }) : `${fill(r.earned, { value })} · ${r.statuses[link.status]}`;
}

export function transactionTableRow(row: TransactionRow, locale: Locale, href: string, rewards: readonly RewardLink[] = []): TransactionTableRow {
  const m = CATALOGUES[locale].transactions;
  const credit = isCredit(row.type);
  const foreign = row.currency !== "CNY" && row.originalAmountMinor !== null;
  return {
    id: row.id,
    reference: row.reference,
    href,
    time: formatDateTimeSeconds(row.createdAt, locale),
    type: row.type,
    typeLabel: m.type[row.type],
    credit,
    amount: credit ? `+${formatCny(row.amountFen, locale)}` : formatCny(-row.amountFen, locale),
    original: foreign ? formatForeign(row.originalAmountMinor!, row.currency, locale) : null,
    party: row.merchantName ?? row.counterpartyName,
    category: isKnownMcc(row.mcc) ? m.mcc[row.mcc] : row.mcc,
    channelLabel: m.channel[row.channel],
    country: row.country,
    countryName: countryName(row.country, locale),
    crossBorder: row.crossBorder,
    status: row.status,
    statusLabel: m.status[row.status],
    rewards: rewards.map((link) => ({ kind: link.kind, label: rewardLabel(link, locale), promotion: link.promotionName })),
  };
}

export async function TransactionResults({ staff, filters, cursor, position, basePath, link }: TransactionResultsProps) {
  const { t, locale } = await getTranslator();
  const m = CATALOGUES[locale].transactions;
  const page = await listTransactions(filters, cursor);
  const rewards = await getRewardLinks(page.rows.map((row) => row.id));
  const rows = page.rows.map((row) => transactionTableRow(row, locale, transactionHref(basePath, filters, { ...link, cursor: position, tx: row.id }), rewards.get(row.id)));
  const exportHref = transactionHref("/api/transactions/export", filters);
  const filtered = hasTransactionFilters(filters);
  const emptyState = (
    <EmptyState
      icon={<SearchX aria-hidden />}
      title={m.empty.title}
      description={m.empty.description}
      action={
        <>
          {filtered ? <Link href={transactionHref(basePath, {}, link)} className={buttonClassName("secondary")}>{m.empty.clear}</Link> : null}
          {cursor ? <Link href={transactionHref(basePath, filters, link)} className={buttonClassName("secondary")}>{m.empty.newest}</Link> : null}
        </>
      }
    />
  );

  return (
    <Card
      title={m.table.caption}
      data-testid="transaction-results"
      actions={
        can(staff.roles, "transaction:export") ? (
          <a href={exportHref} download className={buttonClassName("secondary", "sm")} title={m.exportHint} data-testid="transaction-export">
            <Download aria-hidden />
            {m.exportCsv}
          </a>
        ) : null
      }
    >
      <TransactionTable rows={rows} emptyState={emptyState} />
      {rows.length > 0 ? (
        <CardFooter>
          <CursorPagination
            className="w-full"
            label={m.pagination.label}
            summary={t("transactions.pagination.summary", { count: formatCount(rows.length, locale) })}
            hasPrev={page.prev !== null}
            hasNext={page.next !== null}
            prevHref={page.prev ? transactionHref(basePath, filters, { ...link, cursor: { direction: "before", token: page.prev } }) : undefined}
            nextHref={page.next ? transactionHref(basePath, filters, { ...link, cursor: { direction: "after", token: page.next } }) : undefined}
            prevLabel={m.pagination.newer}
            nextLabel={m.pagination.older}
          />
        </CardFooter>
      ) : null}
    </Card>
  );
}
