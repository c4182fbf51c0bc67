// The report's own header on /reports/[id]: reference, kind, status, the deadline (overdue in red), the
// rule-set version it was drafted under, and the links to its customer, its source alert or case, and the
// report it corrects or that corrects it.
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { textLinkClassName } from "@/components/ui/text-link";
import { DeadlineCell } from "@/components/reports/list/deadline-cell";
import { ReportStatusBadge } from "@/components/reports/status-badge";
import { getTranslator } from "@/lib/i18n/server";
import type { ReportDetail } from "@/lib/reports/detail/read";
import type { DeadlineView } from "@/lib/reports/list/format";
import { LIST_PATH } from "@/lib/reports/list/view";

export async function ReportHeader({ report, deadline }: { report: ReportDetail; deadline: DeadlineView }) {
  const { t } = await getTranslator();
  const links: { key: string; href: string; label: string }[] = [
    { key: "customer", href: `/customers/${encodeURIComponent(report.customerId)}`, label: t("reports.detail.links.customer") },
    ...(report.sourceAlertId
      ? [{ key: "source", href: `/alerts/${encodeURIComponent(report.sourceAlertId)}`, label: report.caseId ? t("reports.detail.links.case") : t("reports.detail.links.alert") }]
      : []),
    ...(report.corrects ? [{ key: "corrects", href: `/reports/${report.corrects.id}`, label: t("reports.detail.links.corrects", { reference: report.corrects.reference }) }] : []),
    ...report.corrections.map((c) => ({ key: `correction-${c.id}`, href: `/reports/${c.id}`, label: t("reports.detail.links.correctedBy", { reference: c.reference }) })),
  ];
  return (
    <section className="flex flex-col gap-3 rounded-lg border border-border bg-surface px-4 py-3 shadow-xs" data-testid="report-header" data-report-id={report.id}>
      <nav aria-label={t("reports.detail.breadcrumb")} className="text-xs text-ink-subtle">
        <Link href={LIST_PATH[report.kind]} className="hover:text-ink hover:underline">
          {t(`reports.kind.${report.kind}`)}
        </Link>
      </nav>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
        <h2 className="font-mono text-lg font-semibold text-ink-strong" translate="no" data-testid="report-reference">
          {report.reference}
        </h2>
        <Badge tone="neutral">{t(`reports.kind.${report.kind}`)}</Badge>
        <ReportStatusBadge status={report.status} />
        {report.urgent ? <Badge tone="danger">{t("reports.list.urgent")}</Badge> : null}
      </div>
      <dl className="flex flex-wrap gap-x-8 gap-y-2 text-sm">
        <div>
          <dt className="text-xs text-ink-subtle">{t(`reports.detail.basisDay.${report.kind}`)}</dt>
          <dd className="num">{report.basisDay}</dd>
        </div>
        <div>
          <dt className="text-xs text-ink-subtle">{t("reports.detail.dueDay")}</dt>
          <dd>
            <DeadlineCell deadline={deadline} />
          </dd>
        </div>
        <div>
          <dt className="text-xs text-ink-subtle">{t("reports.list.drafter")}</dt>
          <dd>{report.draftedBy?.name ?? t("reports.list.detector")}</dd>
        </div>
        <div>
          <dt className="sr-only">{t("reports.detail.ruleSet", { version: report.ruleSetVersion })}</dt>
          <dd className="text-xs text-ink-subtle" data-testid="report-rule-set">{t("reports.detail.ruleSet", { version: report.ruleSetVersion })}</dd>
        </div>
      </dl>
      {links.length ? (
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {links.map((link) => (
            <li key={link.key}>
              <Link href={link.href} className={textLinkClassName} data-testid={`report-link-${link.key.split("-")[0]}`}>
                {link.label}
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
