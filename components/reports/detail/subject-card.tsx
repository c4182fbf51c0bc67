// Who the report is about, as the file states it: name, ID type, ID number (masked; pii:reveal's audited
// reveal shows it whole for this view), nationality, occupation, contact and address, from the customer's
// KYC record. lib/privacy decides each field's treatment (a report is one person's record: the workspace rule).
import type { ReactNode } from "react";
import { Card, CardBody } from "@/components/ui/card";
import { PiiValue } from "@/components/kyc/review/pii-context";
import { DataValue } from "@/lib/i18n/data-value";
import { getTranslator } from "@/lib/i18n/server";
import { showPii } from "@/lib/privacy/policy";
import type { ReportDetail } from "@/lib/reports/detail/read";
import { OCCUPATIONS } from "@/lib/reports/fields";
import { labelOr } from "@/lib/reports/list/format";

function Row({ label, children }: { label: ReactNode; children: ReactNode }) {
  return (
    <div className="grid grid-cols-[6.5rem_1fr] gap-2 py-1.5 text-sm">
      <dt className="text-ink-muted">{label}</dt>
      <dd className="min-w-0 break-words text-ink">{children}</dd>
    </div>
  );
}

export async function SubjectCard({ customer }: { customer: ReportDetail["customer"] }) {
  const { t } = await getTranslator();
  const missing = <span className="text-ink-subtle">{t("reports.detail.subject.missing")}</span>;
  const occupation = OCCUPATIONS.find((o) => o.code === customer.occupation);
  return (
    <Card title={t("reports.detail.subject.title")} description={t("reports.detail.subject.description")} data-testid="report-subject">
      {/* Two pairs a row only where the card itself is wide: beside an STR's form it is a narrow column. */}
      <CardBody className="@container py-2">
        <dl className="grid grid-cols-1 @2xl:grid-cols-2 @2xl:gap-x-6">
          <Row label={t("reports.detail.subject.name")}>
            <DataValue>{showPii("workspace", "name", customer.name)}</DataValue>
          </Row>
          <Row label={t("reports.detail.subject.idType")}>{t("reports.detail.subject.idTypeResident")}</Row>
          <Row label={t("reports.detail.subject.idNumber")}>
            <PiiValue source="customer" field="idNumber" masked={showPii("workspace", "idNumber", customer.idNumber)} />
          </Row>
          <Row label={t("reports.detail.subject.nationality")}>
            {labelOr(t, `reports.nationalities.${customer.nationality}`, customer.nationality)}
          </Row>
          <Row label={t("reports.detail.subject.occupation")}>
            {occupation ? t(`reports.occupations.${occupation.key}`) : missing}
          </Row>
          <Row label={t("reports.detail.subject.phone")}>
            <PiiValue source="customer" field="phone" masked={showPii("workspace", "phone", customer.phone)} />
          </Row>
          <Row label={t("reports.detail.subject.address")}>
            {customer.address ? <PiiValue source="customer" field="address" masked={showPii("workspace", "address", customer.address)} /> : missing}
          </Row>
        </dl>
      </CardBody>
    </Card>
  );
}
