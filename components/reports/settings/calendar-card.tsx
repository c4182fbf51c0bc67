// The working calendar for one year: its holidays and 调休 workdays, grouped by name (春节, 国庆节调休 …) in
// date order. Server component: reads the calendar itself. A lead can add and remove days.
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody } from "@/components/ui/card";
import { PlainTable, cellClassName } from "@/components/ui/plain-table";
import { textLinkClassName } from "@/components/ui/text-link";
import { AddCalendarDayButton, RemoveCalendarDayButton } from "@/components/reports/settings/calendar-forms";
import { db } from "@/lib/db";
import { getMessages, getTranslator } from "@/lib/i18n/server";
import { dateOnly, formatDateOnly, shanghaiDay } from "@/lib/time";

interface Group {
  name: string;
  kind: string;
  days: string[];
}

export async function CalendarCard({ year, canConfigure }: { year: number; canConfigure: boolean }) {
  const { t } = await getTranslator();
  const weekdays = (await getMessages()).reportsRules.calendar.weekday;
  const rows = await db.workingCalendarDay.findMany({
    where: { day: { gte: dateOnly(`${year}-01-01`), lte: dateOnly(`${year}-12-31`) } },
    orderBy: { day: "asc" },
  });
  const groups: Group[] = [];
  for (const row of rows) {
    const day = formatDateOnly(row.day);
    const group = groups.find((g) => g.name === row.name && g.kind === row.kind);
    if (group) group.days.push(day);
    else groups.push({ name: row.name, kind: row.kind, days: [day] });
  }
  const today = shanghaiDay(new Date());
  const weekday = (day: string) => weekdays[new Date(`${day}T00:00:00Z`).getUTCDay()] ?? "";
  return (
    <Card
      title={t("reportsRules.calendar.title")}
      description={t("reportsRules.calendar.help")}
      actions={canConfigure ? <AddCalendarDayButton defaultDay={today.startsWith(String(year)) ? today : `${year}-01-01`} /> : undefined}
      data-testid="working-calendar"
    >
      <nav className="flex items-center gap-4 border-b border-border px-4 py-2 text-sm" aria-label={t("reportsRules.calendar.title")}>
        <Link className={textLinkClassName} href={`/reports/settings?year=${year - 1}`} data-testid="calendar-previous">
          {t("reportsRules.calendar.previousYear")}
        </Link>
        <span className="font-semibold text-ink-strong" data-testid="calendar-year">
          {t("reportsRules.calendar.year", { year })}
        </span>
        <Link className={textLinkClassName} href={`/reports/settings?year=${year + 1}`} data-testid="calendar-next">
          {t("reportsRules.calendar.nextYear")}
        </Link>
      </nav>
      {groups.length === 0 ? (
        <CardBody>
          <p className="text-sm text-ink-muted" data-testid="calendar-empty">
            {t("reportsRules.calendar.empty", { year })}
          </p>
        </CardBody>
      ) : (
        <PlainTable
          caption={t("reportsRules.calendar.groupCaption", { year })}
          testId="calendar-groups"
          headers={[{ label: t("reportsRules.calendar.name") }, { label: t("reportsRules.calendar.kind") }, { label: t("reportsRules.calendar.days") }]}
        >
          {groups.map((group) => (
            <tr key={`${group.kind}-${group.name}`} className="group/row" data-testid="calendar-group">
              <td className={cellClassName}>{group.name}</td>
              <td className={cellClassName}>
                <Badge tone={group.kind === "HOLIDAY" ? "warning" : "info"}>{group.kind === "WORKDAY" ? t("reportsRules.calendar.kinds.WORKDAY") : t("reportsRules.calendar.kinds.HOLIDAY")}</Badge>
              </td>
              <td className={cellClassName}>
                <ul className="flex flex-wrap gap-x-4 gap-y-1">
                  {group.days.map((day) => (
                    <li key={day} className="inline-flex items-center gap-1 tabular-nums" data-testid={`calendar-day-${day}`}>
                      <span>
                        {day} {weekday(day)}
                      </span>
                      {canConfigure ? <RemoveCalendarDayButton day={day} name={group.name} /> : null}
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </PlainTable>
      )}
    </Card>
  );
}
