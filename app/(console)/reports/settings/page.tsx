// /reports/settings - the reporting rules as data: the rule set in force and its versions, and the working
// calendar of a year (?year=2026). Everyone with report:view reads it; report:configure (a compliance lead)
// enters a new rule-set version and adds or removes calendar days. Below the reports layout's title and tabs.
import type { Metadata } from "next";
import { Suspense } from "react";
import { AlertBanner } from "@/components/ui/alert-banner";
import { Card } from "@/components/ui/card";
import { TableSkeleton } from "@/components/ui/skeleton";
import { CalendarCard } from "@/components/reports/settings/calendar-card";
import { RuleSetCard } from "@/components/reports/settings/rule-set-card";
import { requireArea } from "@/lib/auth/page-gate";
import { can } from "@/lib/auth/permissions";
import { CALENDAR_YEAR_MAX, CALENDAR_YEAR_MIN } from "@/lib/reports/rules/fields";
import { getTranslator } from "@/lib/i18n/server";
import { shanghaiDay } from "@/lib/time";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("reportsRules.title") };
}

function yearOf(value: string | string[] | undefined): number {
  const current = Number(shanghaiDay(new Date()).slice(0, 4));
  const text = Array.isArray(value) ? value[0] : value;
  if (!text || !/^\d{4}$/.test(text)) return current;
  const year = Number(text);
  return year >= CALENDAR_YEAR_MIN && year <= CALENDAR_YEAR_MAX ? year : current;
}

export default async function ReportSettingsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const staff = await requireArea("/reports");
  const { t } = await getTranslator();
  const canConfigure = can(staff.roles, "report:configure");
  const year = yearOf((await searchParams).year);
  return (
    <div className="flex flex-col gap-4" data-testid="report-settings">
      <p className="max-w-3xl text-sm text-ink-muted">{t("reportsRules.description")}</p>
      {canConfigure ? null : (
        <AlertBanner tone="info" testId="report-settings-read-only">
          {t("reportsRules.readOnly")}
        </AlertBanner>
      )}
      <Suspense fallback={<Card><TableSkeleton rows={4} columns={4} label={t("reportsRules.loading")} /></Card>}>
        <RuleSetCard canConfigure={canConfigure} />
      </Suspense>
      <Suspense key={year} fallback={<Card><TableSkeleton rows={8} columns={3} label={t("reportsRules.loading")} /></Card>}>
        <CalendarCard year={year} canConfigure={canConfigure} />
      </Suspense>
    </div>
  );
}
