// A large-value report's own part of /reports/[id]: which threshold (its label and amount under the report's
// rule-set version), the direction, the day's total in ¥ and its USD equivalent, the count, the business day.
import type { ReactNode } from "react";
import { Card, CardBody } from "@/components/ui/card";
import { getTranslator } from "@/lib/i18n/server";
import { formatCny, formatForeign } from "@/lib/money";
import type { ReportDetail } from "@/lib/reports/detail/read";
import { labelOr } from "@/lib/reports/list/format";

function Item({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div className="flex flex-col gap-0.5" data-testid={testId}>
      <dt className="text-xs text-ink-subtle">{label}</dt>
      <dd className="text-sm text-ink">{children}</dd>
    </div>
  );
}

export async function LargeValueSummary({ report }: { report: ReportDetail }) {
  const { t, locale } = await getTranslator();
  const s = (key: "threshold" | "thresholdAmount" | "direction" | "total" | "totalUsd" | "count" | "businessDay") => t(`reports.detail.summary.${key}`);
  return (
    <Card title={t("reports.detail.summary.title")} data-testid="report-large-value-summary">
      <CardBody>
        <dl className="grid grid-cols-2 gap-4 md:grid-cols-4">
          <Item label={s("threshold")} testId="report-threshold">
            {labelOr(t, `reports.thresholds.${report.thresholdCode}`, report.thresholdCode)}
          </Item>
          <Item label={s("thresholdAmount")}>
            {report.threshold ? (
              <span className="num">
                {formatCny(report.threshold.cnyFen, locale)}
                {report.threshold.usdCents > 0n ? ` / ${formatForeign(report.threshold.usdCents, "USD", locale)}` : ""}
              </span>
            ) : (
              "—"
            )}
          </Item>
          <Item label={s("direction")}>{labelOr(t, `reports.directions.${report.direction}`, report.direction)}</Item>
          <Item label={s("businessDay")}>
            <span className="num">{report.basisDay}</span>
          </Item>
          <Item label={s("total")} testId="report-total">
            <span className="num font-semibold">{formatCny(report.totalFen, locale)}</span>
          </Item>
          <Item label={s("totalUsd")}>
            <span className="num">{formatForeign(report.totalUsdCents, "USD", locale)}</span>
          </Item>
          <Item label={s("count")}>
            <span className="num">{report.transactionCount.toLocaleString(locale)}</span>
          </Item>
        </dl>
      </CardBody>
    </Card>
  );
}
