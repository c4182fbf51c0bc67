// One report as its page shows it (with any Prisma client): the report, its subject (the customer's KYC
// identity, whole here: the page masks it through lib/privacy), the rule set version's threshold, the report
// it corrects and the one correcting it, the source alert, and its transactions in time order.
import type { Prisma } from "@/lib/generated/prisma/client";
import { ruleSetVersion } from "@/lib/reports/rules/rule-set";
import type { Threshold } from "@/lib/reports/rules/types";
import { THRESHOLD_CODES } from "@/lib/reports/fields";
import { formatDateOnly } from "@/lib/time";

type Reader = Pick<Prisma.TransactionClient, "regulatoryReport" | "regulatoryReportTransaction" | "fraudAlert" | "reportingRuleSet">;

/** Transactions shown on the page at most (a large-value day or an STR's picked ones are far fewer). */
export const DETAIL_TRANSACTIONS_SHOWN = 500;

export async function readReportDetail(db: Reader, id: string) {
  const report = await db.regulatoryReport.findUnique({
    where: { id },
    include: {
      customer: { select: { id: true, name: true, idNumber: true, nationality: true, occupation: true, phone: true, address: true } },
      corrects: { select: { id: true, reference: true } },
      corrections: { select: { id: true, reference: true }, orderBy: { createdAt: "asc" } },
      draftedBy: { select: { name: true } },
    },
  });
  if (!report) return null;
  const [links, sourceAlert, rules] = await Promise.all([
    db.regulatoryReportTransaction.findMany({
      where: { reportId: id },
      include: { transaction: true },
      orderBy: [{ transaction: { createdAt: "asc" } }, { transactionId: "asc" }],
      take: DETAIL_TRANSACTIONS_SHOWN,
    }),
    report.alertId
      ? Promise.resolve({ id: report.alertId })
      : report.caseId
        ? db.fraudAlert.findFirst({ where: { caseId: report.caseId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true } })
        : Promise.resolve(null),
    ruleSetVersion(db, report.ruleSetVersion),
  ]);
  const thresholdCode = THRESHOLD_CODES.find((code) => code === report.thresholdCode);
  const threshold: Threshold | null = rules && thresholdCode ? rules.thresholds[thresholdCode] : null;
  return {
    ...report,
    basisDay: formatDateOnly(report.basisDay),
    dueDay: formatDateOnly(report.dueDay),
    transactions: links.map((link) => link.transaction),
    sourceAlertId: sourceAlert?.id ?? null,
    threshold,
  };
}

export type ReportDetail = NonNullable<Awaited<ReturnType<typeof readReportDetail>>>;
