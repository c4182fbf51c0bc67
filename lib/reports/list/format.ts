// A report's deadline and labels in the viewer's language, the same on the list, the detail page and the
// customer 360 card.
import type { RegulatoryReportStatus } from "@/lib/generated/prisma/enums";
import type { MessageKey, Translate } from "@/lib/i18n/translate";
import type { CalendarExceptions } from "@/lib/reports/calendar/working-days";
import { deadlineState, type DeadlineState } from "@/lib/reports/list/deadline";

export interface DeadlineView {
  dueDay: string;
  state: DeadlineState["state"];
  /** "已逾期 3 个工作日" / "今日到期" / "剩余 2 个工作日"; empty once filed. */
  label: string;
}

export function deadlineView(status: RegulatoryReportStatus, dueDay: string, today: string, exceptions: CalendarExceptions, t: Translate): DeadlineView {
  const d = deadlineState(status, dueDay, today, exceptions);
  const label =
    d.state === "overdue" ? t("reports.deadline.overdue", { count: d.workingDays })
    : d.state === "today" ? t("reports.deadline.today")
    : d.state === "upcoming" ? t("reports.deadline.left", { count: d.workingDays })
    : "";
  return { dueDay, state: d.state, label };
}

/** A label from a namespace map, or the code itself when the catalogue has none (a code from a newer rule set). */
export function labelOr(t: Translate, key: string, code: string | null): string {
  if (!code) return "";
  const label = t(key as MessageKey);
  return label === key ? code : label;
}
