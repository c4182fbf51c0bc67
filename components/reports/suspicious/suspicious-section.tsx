// The STR's own part of /reports/[id]: its elements read-only (trigger, suspected crime, characteristics in
// the regulator's wording, urgency, the two narrative parts), or, while the report is editable and the viewer
// may draft, the edit form with the transaction picker. Reads what it needs itself.
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody } from "@/components/ui/card";
import { textLinkClassName } from "@/components/ui/text-link";
import { characteristicName } from "@/components/alerts/investigation/text";
import { SuspiciousDraftForm } from "@/components/reports/suspicious/draft-form";
import { requireStaff } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { CHARACTERISTICS } from "@/lib/fraud/rules/characteristics";
import { getMessages, getTranslator } from "@/lib/i18n/server";
import { EDITABLE_STATUSES } from "@/lib/reports/fields";
import { getPickerTimeline, getSuspiciousReport, sourceAlertId } from "@/lib/reports/suspicious/read";
import { formatDateTime } from "@/lib/time";

function Item({ label, children, testId }: { label: string; children: React.ReactNode; testId?: string }) {
  return (
    <div className="flex flex-col gap-0.5" data-testid={testId}>
      <dt className="text-xs text-ink-subtle">{label}</dt>
      <dd className="text-sm text-ink">{children}</dd>
    </div>
  );
}

export async function SuspiciousSection({ reportId }: { reportId: string }) {
  const [staff, report, messages, { locale }] = await Promise.all([requireStaff(), getSuspiciousReport(reportId), getMessages(), getTranslator()]);
  if (!report) return null;
  const m = messages.reportsDraft;
  const editable = (EDITABLE_STATUSES as readonly string[]).includes(report.status) && can(staff.roles, "report:draft");

  if (editable) {
    const { rows, capped } = await getPickerTimeline(report);
    return (
      <SuspiciousDraftForm
        reportId={report.id}
        version={report.version}
        trigger={report.trigger ?? "MODEL_SCREENING"}
        crimeType={report.crimeType ?? "UNDETERMINED"}
        characteristicCodes={report.characteristicCodes}
        narrativeFacts={report.narrativeFacts ?? ""}
        narrativeAnalysis={report.narrativeAnalysis ?? ""}
        urgent={report.urgent}
        picked={report.transactionIds}
        characteristics={CHARACTERISTICS.map((c) => ({ code: c.code, label: c.label[locale] }))}
        rows={rows.map((row) => ({ id: row.id, at: formatDateTime(row.at, locale), type: row.type, direction: row.direction, amountFen: row.amountFen.toString(), party: row.party, evidence: row.evidence }))}
        capped={capped}
      />
    );
  }

  const trigger = report.trigger ? (m.triggers[report.trigger as keyof typeof m.triggers] ?? report.trigger) : m.section.empty;
  const crime = report.crimeType ? (m.crimeTypes[report.crimeType as keyof typeof m.crimeTypes] ?? report.crimeType) : m.section.empty;
  const source = can(staff.roles, "alert:view") ? await sourceAlertId(report) : null;
  return (
    <Card title={m.section.title} description={(EDITABLE_STATUSES as readonly string[]).includes(report.status) ? undefined : m.section.readOnly} data-testid="str-section">
      <CardBody>
        <dl className="grid grid-cols-1 gap-4 md:grid-cols-2">
          <Item label={m.section.trigger} testId="str-trigger">
            {trigger}
          </Item>
          <Item label={m.section.crimeType} testId="str-crime-type">
            {crime}
          </Item>
          <Item label={m.section.urgency} testId="str-urgency">
            {report.urgent ? (
              <span className="flex flex-wrap items-center gap-2">
                <Badge tone="danger" dot>
                  {m.section.urgent}
                </Badge>
                <span className="text-ink-subtle">{m.section.urgentNote}</span>
              </span>
            ) : (
              m.section.notUrgent
            )}
          </Item>
          {source ? (
            <Item label={m.section.source} testId="str-source">
              <Link href={`/alerts/${source}`} prefetch={false} className={textLinkClassName}>
                {report.caseId ? m.section.fromCase : m.section.fromAlert}
              </Link>
            </Item>
          ) : null}
          <Item label={m.section.characteristics} testId="str-characteristics">
            {report.characteristicCodes.length > 0 ? (
              <ul className="list-disc pl-5">
                {report.characteristicCodes.map((code) => (
                  <li key={code}>{characteristicName(code, locale)}</li>
                ))}
              </ul>
            ) : (
              m.section.empty
            )}
          </Item>
        </dl>
      </CardBody>
      <CardBody className="flex flex-col gap-4 border-t border-border">
        <div data-testid="str-narrative-facts">
          <h3 className="text-sm font-medium text-ink">{m.section.narrativeFacts}</h3>
          <p className="mt-1 whitespace-pre-wrap text-sm text-ink" lang="zh-CN">
            {report.narrativeFacts || m.section.empty}
          </p>
        </div>
        <div data-testid="str-narrative-analysis">
          <h3 className="text-sm font-medium text-ink">{m.section.narrativeAnalysis}</h3>
          <p className="mt-1 whitespace-pre-wrap text-sm text-ink" lang="zh-CN">
            {report.narrativeAnalysis || m.section.empty}
          </p>
        </div>
      </CardBody>
    </Card>
  );
}
