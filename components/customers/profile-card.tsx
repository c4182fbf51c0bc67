// Who the customer is. Personal data is masked until revealed (with a reason, audited); the values then
// come from the reveal, in the browser's memory for this view only.
import type { ReactNode } from "react";
import { Card, CardBody } from "@/components/ui/card";
import { PiiValue } from "@/components/kyc/review/pii-context";
import { CustomerRiskBadge } from "@/components/customers/badges";
import type { CustomerProfile } from "@/lib/customers/profile/queries";
import { DataValue } from "@/lib/i18n/data-value";
import { placeName } from "@/lib/i18n/regions";
import type { PiiField } from "@/lib/privacy/reveal-schemas";
import { formatDateTime } from "@/lib/time";
import { getLocale, getMessages } from "@/lib/i18n/server";

function Row({ label, children }: { label: ReactNode; children: ReactNode }) {
  return (
    <div className="grid grid-cols-[6.5rem_1fr] gap-2 py-1.5 text-sm">
      <dt className="text-ink-muted">{label}</dt>
      <dd className="min-w-0 break-words text-ink">{children}</dd>
    </div>
  );
}

export async function ProfileCard({ customer }: { customer: CustomerProfile }) {
  const [{ customers: m }, locale] = await Promise.all([getMessages(), getLocale()]);
  const p = m.profile;
  const pii = (field: PiiField, masked: string) => <PiiValue source="customer" field={field} masked={masked} />;
  const gender = customer.gender === "M" || customer.gender === "F" ? p.genders[customer.gender] : m.noValue;
  return (
    <Card title={p.title} description={p.description} data-testid="customer-profile">
      <CardBody className="py-2">
        <dl className="grid grid-cols-1 divide-y divide-border md:grid-cols-2 md:gap-x-6 md:divide-y-0 [&>div]:border-border md:[&>div]:border-b">
          <Row label={p.name}>
            <DataValue>{customer.name}</DataValue>
          </Row>
          <Row label={p.pinyin}>
            <DataValue className="text-ink-muted">{customer.namePinyin}</DataValue>
          </Row>
          <Row label={p.idNumber}>{pii("idNumber", customer.idNumberMasked)}</Row>
          <Row label={p.phone}>{pii("phone", customer.phoneMasked)}</Row>
          <Row label={p.birthDate}>{pii("birthDate", customer.birthDateMasked)}</Row>
          <Row label={p.gender}>{gender}</Row>
          <Row label={p.email}>{customer.emailMasked ? pii("email", customer.emailMasked) : <span className="text-ink-subtle">{m.noValue}</span>}</Row>
          <Row label={p.region}>
            {placeName(customer.province, customer.city, locale)}
          </Row>
          <Row label={p.address}>{customer.addressMasked ? pii("address", customer.addressMasked) : <span className="text-ink-subtle">{m.noValue}</span>}</Row>
          <Row label={p.registered}>
            <span className="num">{formatDateTime(customer.createdAt, locale)}</span>
          </Row>
          <Row label={p.risk}>
            <CustomerRiskBadge level={customer.riskLevel} />
          </Row>
        </dl>
      </CardBody>
    </Card>
  );
}
