// One page of promotions: read on the server, formatted in the viewer's language (money, Beijing dates) and
// handed to the client table with its pagination and an empty state that says what to do.
import Link from "next/link";
import { Inbox, Megaphone, SearchX } from "lucide-react";
import { buttonClassName } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PromotionTable, type PromotionTableRow } from "@/components/promotions/list/promotion-table";
import { can } from "@/lib/auth/permissions";
import type { StaffSession } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import type { Locale, Translate } from "@/lib/i18n/translate";
import { formatCny } from "@/lib/money";
import { listPromotions, promotionCounts } from "@/lib/promotions/list/queries";
import type { PromotionListRow } from "@/lib/promotions/list/read";
import { listHref, type ListCursor, type ListFilters, type ListSort } from "@/lib/promotions/list/view";
import { formatDate } from "@/lib/time";

/** A date never breaks inside (2027-03-09), so a narrow window column wraps only between the two dates. */
const day = (instant: Date, locale: Locale) => formatDate(instant, locale).replaceAll("-", "\u2011");

const GUARD_REASONS = ["BUDGET_FORECAST", "FRAUD_SHARE"] as const;

function tableRow(row: PromotionListRow, t: Translate, locale: Locale): PromotionTableRow {
  const share = row.budgetFen > 0n ? Number((row.spentFen * 10_000n) / row.budgetFen) / 10_000 : 0;
  const guard = row.status === "PAUSED" ? GUARD_REASONS.find((r) => r === row.pauseReason) : undefined;
  return {
    id: row.id,
    name: row.name,
    type: row.type,
    status: row.status,
    window: t("promotions.list.windowValue", { start: day(row.startsAt, locale), end: day(row.endsAt, locale) }),
    budget: formatCny(row.budgetFen, locale),
    spent: formatCny(row.spentFen, locale),
    spentShare: share,
    spentShareLabel: t("promotions.list.spentShare", { percent: new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 }).format(share) }),
    rewardsPaid: row.rewardsPaid.toLocaleString(locale),
    priority: row.priority,
    stackable: row.stackable,
    pendingVersion: row.pendingVersion,
    draftVersion: row.draftVersion,
    autoPaused: guard ? t("promotions.list.autoPaused", { reason: t(`promotions.list.autoPausedReason.${guard}`) }) : null,
  };
}

export async function PromotionResults({ staff, filters, sort, cursor }: { staff: StaffSession; filters: ListFilters; sort: ListSort; cursor: ListCursor | null }) {
  const { t, locale } = await getTranslator();
  const [page, counts] = await Promise.all([listPromotions(filters, sort, cursor, staff.id), promotionCounts(filters, staff.id)]);
  const rows = page.rows.map((row) => tableRow(row, t, locale));
  return (
    <PromotionTable
      rows={rows}
      emptyState={<PromotionsEmpty staff={staff} filters={filters} />}
      pagination={{
        prevHref: page.prev ? listHref(filters, sort, { direction: "before", token: page.prev }) : null,
        nextHref: page.next ? listHref(filters, sort, { direction: "after", token: page.next }) : null,
        summary: t("promotions.list.pagination.summary", { count: rows.length, total: counts[filters.tab].toLocaleString(locale) }),
      }}
    />
  );
}

async function PromotionsEmpty({ staff, filters }: { staff: StaffSession; filters: ListFilters }) {
  const { t } = await getTranslator();
  const showAll = (
    <Link href={listHref({ tab: "all" })} className={buttonClassName("secondary")}>
      {t("promotions.list.empty.showAll")}
    </Link>
  );
  if (filters.type) return <EmptyState icon={<SearchX />} title={t("promotions.list.empty.filteredTitle")} description={t("promotions.list.empty.filteredBody")} action={<Link href={listHref({ tab: filters.tab })} className={buttonClassName("secondary")}>{t("promotions.list.filters.clear")}</Link>} />;
  if (filters.tab === "mine") return <EmptyState icon={<Inbox />} title={t("promotions.list.empty.mineTitle")} description={t("promotions.list.empty.mineBody")} action={showAll} />;
  if (filters.tab !== "all") return <EmptyState icon={<Inbox />} title={t("promotions.list.empty.statusTitle", { status: t(`promotions.status.${filters.tab}`) })} description={t("promotions.list.empty.statusBody")} action={showAll} />;
  const canEdit = can(staff.roles, "promotion:edit");
  return (
    <EmptyState
      icon={<Megaphone />}
      title={t("promotions.list.empty.noneTitle")}
      description={canEdit ? t("promotions.list.empty.noneBodyEdit") : t("promotions.list.empty.noneBodyView")}
      action={canEdit ? <Link href="/promotions/new" className={buttonClassName("primary")}>{t("promotions.newPromotion")}</Link> : undefined}
    />
  );
}
