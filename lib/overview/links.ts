// Where each overview figure leads, and the name it goes by: the list it counts, under the name that list
// gives it (the queue's 待处理 tab, not a 待审核 of the overview's own), so the number and the name on the
// overview are the ones the person finds after the click. No server imports: tests read it too.
import { auditQueryString } from "@/lib/audit/schemas";
import { customersHref } from "@/lib/customers/search/schemas";
import { alertsHref } from "@/lib/fraud/queue/view";
import type { MessageKey } from "@/lib/i18n/lookup";
import { DEFAULT_QUEUE_FILTERS, queueHref } from "@/lib/kyc/queue/schemas";
import { listHref } from "@/lib/promotions/list/view";
import type { RegulatoryReportKind } from "@/lib/generated/prisma/enums";
import { reportListHref } from "@/lib/reports/list/view";
import { shanghaiDay } from "@/lib/time";

export interface OverviewLink {
  href: string;
  /** The name the linked list shows for the same set. */
  label: MessageKey;
}

export function overviewLinks(now: Date) {
  // The lists' time filters take Beijing wall-clock minutes, as their datetime inputs do.
  const todayStart = `${shanghaiDay(now)}T00:00`;
  return {
    kycOpen: { href: queueHref(DEFAULT_QUEUE_FILTERS), label: "kycQueue.tabs.open" },
    kycOverdue: { href: queueHref({ ...DEFAULT_QUEUE_FILTERS, overdue: true }), label: "overview.kycOverdue" },
    kycNeedsInfo: { href: queueHref({ ...DEFAULT_QUEUE_FILTERS, status: "NEEDS_INFO" }), label: "kycQueue.status.NEEDS_INFO" },
    walletsActive: { href: customersHref("", undefined, "ACTIVE"), label: "customers.walletStatus.ACTIVE" },
    walletsFrozen: { href: customersHref("", undefined, "FROZEN"), label: "customers.walletStatus.FROZEN" },
    transactionsToday: { href: `/transactions?${new URLSearchParams({ from: todayStart })}`, label: "overview.todayCount" },
    transactionsTodayValue: { href: `/transactions?${new URLSearchParams({ from: todayStart, status: "SUCCEEDED" })}`, label: "overview.todayValue" },
    alertsCritical: { href: alertsHref({ status: "active", severity: "CRITICAL" }), label: "alerts.overview.CRITICAL" },
    alertsHigh: { href: alertsHref({ status: "active", severity: "HIGH" }), label: "alerts.overview.HIGH" },
    alertsMedium: { href: alertsHref({ status: "active", severity: "MEDIUM" }), label: "alerts.overview.MEDIUM" },
    alertsLow: { href: alertsHref({ status: "active", severity: "LOW" }), label: "alerts.overview.LOW" },
    promotionsActive: { href: listHref({ tab: "ACTIVE" }), label: "promotions.status.ACTIVE" },
    promotionsMine: { href: listHref({ tab: "mine" }), label: "promotions.list.tabs.mine" },
    promotionsPaused: { href: listHref({ tab: "PAUSED" }), label: "promotions.status.PAUSED" },
    auditToday: { href: `/audit${auditQueryString({ from: todayStart })}`, label: "overview.auditEventsToday" },
  } satisfies Record<string, OverviewLink>;
}

/** The regulatory report figures: a kind's list filtered to the set counted, under the chip's name there. */
export function reportLinks(kind: RegulatoryReportKind) {
  return {
    drafts: { href: reportListHref(kind, { status: "DRAFT" }), label: "reports.status.DRAFT" },
    awaitingReview: { href: reportListHref(kind, { status: "SUBMITTED_FOR_REVIEW" }), label: "reports.status.SUBMITTED_FOR_REVIEW" },
    awaitingMe: { href: reportListHref(kind, { mine: true }), label: "reports.list.chips.awaitingMe" },
    approved: { href: reportListHref(kind, { status: "APPROVED" }), label: "reports.status.APPROVED" },
    overdue: { href: reportListHref(kind, { due: "overdue" }), label: "reports.list.chips.overdue" },
  } satisfies Record<string, OverviewLink>;
}
