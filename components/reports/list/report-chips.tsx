// The list's status-count chips: all, overdue (red when any), due today, awaiting my approval (for those who
// approve), then each status. Each chip is a link that filters the list; the counts are taken under the
// view's other filters (customer, due before, business days) so they say what a click will show.
import Link from "next/link";
import { clsx } from "clsx";
import { can } from "@/lib/auth/permissions";
import type { StaffSession } from "@/lib/auth/session";
import type { RegulatoryReportKind } from "@/lib/generated/prisma/enums";
import { getTranslator } from "@/lib/i18n/server";
import { REPORT_STATUSES } from "@/lib/reports/fields";
import { reportCounts } from "@/lib/reports/list/queries";
import { reportListHref, type ReportListFilters } from "@/lib/reports/list/view";

interface Chip {
  key: string;
  href: string;
  label: string;
  count: number;
  active: boolean;
  alarm?: boolean;
}

export async function ReportChips({ staff, kind, filters }: { staff: StaffSession; kind: RegulatoryReportKind; filters: ReportListFilters }) {
  const [{ t, locale }, counts] = await Promise.all([getTranslator(), reportCounts(kind, filters, staff.id)]);
  const rest: ReportListFilters = { dueBefore: filters.dueBefore, customer: filters.customer, from: filters.from, to: filters.to };
  const chips: Chip[] = [
    { key: "all", href: reportListHref(kind, rest), label: t("reports.list.chips.all"), count: counts.all, active: !filters.status && !filters.due && !filters.mine },
    { key: "overdue", href: reportListHref(kind, { ...rest, due: "overdue" }), label: t("reports.list.chips.overdue"), count: counts.overdue, active: filters.due === "overdue" && !filters.status && !filters.mine, alarm: counts.overdue > 0 },
    { key: "dueToday", href: reportListHref(kind, { ...rest, due: "today" }), label: t("reports.list.chips.dueToday"), count: counts.dueToday, active: filters.due === "today" && !filters.status && !filters.mine },
    ...(can(staff.roles, "report:approve")
      ? [{ key: "awaitingMe", href: reportListHref(kind, { ...rest, mine: true }), label: t("reports.list.chips.awaitingMe"), count: counts.awaitingMe, active: Boolean(filters.mine) && !filters.status && !filters.due }]
      : []),
    ...REPORT_STATUSES.map((status) => ({ key: status, href: reportListHref(kind, { ...rest, status }), label: t(`reports.status.${status}`), count: counts[status], active: filters.status === status && !filters.due && !filters.mine })),
  ];
  return (
    <nav aria-label={t("reports.list.chipsLabel")} data-testid="report-chips">
      <ul className="flex flex-wrap gap-2">
        {chips.map((chip) => (
          <li key={chip.key}>
            <Link
              href={chip.href}
              aria-current={chip.active ? "page" : undefined}
              data-testid={`report-chip-${chip.key}`}
              className={clsx(
                "inline-flex h-7 items-center gap-1.5 rounded-full border px-3 text-xs font-medium transition-colors",
                chip.active
                  ? "border-brand-600 bg-brand-50 text-brand-800"
                  : chip.alarm
                    ? "border-danger-border bg-danger-bg text-danger-fg hover:border-danger-solid"
                    : "border-border bg-surface text-ink-muted hover:border-border-strong hover:text-ink",
              )}
            >
              {chip.label}
              <span className="num">{chip.count.toLocaleString(locale)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
