// Who the customer is (personal data masked until revealed) and where their wallet stands.
import type { ReactNode } from "react";
import { Card, CardBody } from "@/components/ui/card";
import { TextLink } from "@/components/ui/text-link";
import { PiiValue } from "@/components/kyc/review/pii-context";
import { WalletStatusBadge, RiskBadge } from "@/components/kyc/review/status-badges";
import { riskLabel } from "@/components/kyc/review/checks-card";
import { fill } from "@/components/kyc/review/messages";
import type { ReviewSubmission } from "@/lib/kyc/review/queries";
import { tierNumeral } from "@/lib/i18n/glossary";
import { placeName } from "@/lib/i18n/regions";
import { getMessages, getTranslator } from "@/lib/i18n/server";
import { formatCny } from "@/lib/money";
import { bankNameIn } from "@/lib/sim/data/banks";
import { formatDate, formatDateTime } from "@/lib/time";

function Row({ label, children, testId }: { label: ReactNode; children: ReactNode; testId?: string }) {
  return (
    <div className="grid grid-cols-[7rem_1fr] gap-2 py-1.5 text-sm">
      <dt className="text-ink-muted">{label}</dt>
      <dd className="min-w-0 break-words text-ink" data-testid={testId}>
        {children}
      </dd>
    </div>
  );
}

export async function CustomerCard({ customer, actions }: { customer: ReviewSubmission["customer"]; actions?: ReactNode }) {
  const [{ t, locale }, messages] = await Promise.all([getTranslator(), getMessages()]);
  const m = messages.kycReview;
  const wallet = customer.wallet;
  const pii = (field: "phone" | "idNumber" | "birthDate", masked: string) => (
    <PiiValue source="customer" field={field} masked={masked} />
  );
  return (
    <Card title={m.customer.title} actions={actions} data-testid="kyc-customer">
      <CardBody className="flex flex-col gap-3 py-3">
        <dl className="divide-y divide-border">
          <Row label={m.customer.name}>
            <TextLink href={`/customers/${customer.id}`} data-testid="kyc-customer-link" translate="no">
              {customer.name}
            </TextLink>
          </Row>
          <Row label={m.customer.customerId}>
            <TextLink href={`/customers/${customer.id}`} className="font-mono text-[13px]">
              {customer.id}
            </TextLink>
          </Row>
          <Row label={m.customer.idNumber}>{pii("idNumber", customer.idNumberMasked)}</Row>
          <Row label={m.customer.phone}>{pii("phone", customer.phoneMasked)}</Row>
          <Row label={m.customer.birthDate}>{pii("birthDate", customer.birthDateMasked)}</Row>
          <Row label={m.customer.region}>
            {placeName(customer.province, customer.city, locale)}
          </Row>
          <Row label={m.customer.since}>
            <span className="num">{formatDate(customer.createdAt, locale)}</span>
          </Row>
          <Row label={m.customer.customerRisk}>
            <RiskBadge level={customer.riskLevel} label={riskLabel(t, customer.riskLevel)} />
          </Row>
        </dl>
        <div className="rounded-md border border-border bg-surface-muted px-3 py-2" data-testid="kyc-wallet">
          <h3 className="text-xs font-semibold text-ink-strong">{m.customer.wallet}</h3>
          {wallet ? (
            <dl>
              <Row label={m.customer.walletStatusLabel}>
                <span className="inline-flex items-center gap-2">
                  <WalletStatusBadge status={wallet.status} testId="kyc-wallet-status" />
                  <span className="font-mono text-xs text-ink-subtle">{wallet.id}</span>
                </span>
              </Row>
              <Row label={m.customer.walletTier} testId="kyc-wallet-tier">
                {fill(m.summary.tier, { tier: tierNumeral(wallet.tier) })}
              </Row>
              <Row label={m.customer.limits} testId="kyc-wallet-limits">
                <span className="num flex flex-col">
                  <span>{fill(m.customer.limitSingle, { amount: formatCny(wallet.singleLimitFen, locale) })}</span>
                  <span>{fill(m.customer.limitDaily, { amount: formatCny(wallet.dailyLimitFen, locale) })}</span>
                  <span>{fill(m.customer.limitAnnual, { amount: formatCny(wallet.annualLimitFen, locale) })}</span>
                </span>
              </Row>
              {wallet.activatedAt ? (
                <Row label={m.customer.activatedAt}>
                  <span className="num">{formatDateTime(wallet.activatedAt, locale)}</span>
                </Row>
              ) : null}
              <Row label={m.customer.cards}>
                {wallet.cards.length === 0 ? (
                  <span className="text-ink-subtle">{m.customer.noCards}</span>
                ) : (
                  <ul className="flex flex-col gap-0.5">
                    {wallet.cards.map((card) => (
                      <li key={card.id} className="text-[13px]">
                        <span className="num font-mono">
                          {card.bin} **** {card.last4}
                        </span>{" "}
                        <span className="text-ink-muted">
                          {bankNameIn(card.bankName, locale)} · {m.customer.cardStatus[card.status]}
                        </span>
                      </li>
                    ))}
                  </ul>
                )}
              </Row>
            </dl>
          ) : (
            <p className="py-1.5 text-sm text-ink-subtle">{m.customer.noWallet}</p>
          )}
        </div>
      </CardBody>
    </Card>
  );
}
