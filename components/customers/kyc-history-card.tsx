// Every KYC submission of the customer, newest first, each linked to its review.
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { CustomerRiskBadge, KycBadge } from "@/components/customers/badges";
import { fill } from "@/lib/i18n/fill";
import { cellClassName, PlainTable } from "@/components/ui/plain-table";
import { TextLink } from "@/components/ui/text-link";
import { getCustomerKycHistory } from "@/lib/customers/profile/queries";
import { tierNumeral } from "@/lib/i18n/glossary";
import { formatDateTime } from "@/lib/time";
import { getLocale, getMessages } from "@/lib/i18n/server";

export async function KycHistoryCard({ customerId }: { customerId: string }) {
  const [{ customers: m }, locale] = await Promise.all([getMessages(), getLocale()]);
  const rows = await getCustomerKycHistory(customerId);
  const k = m.kyc;
  return (
    <Card title={k.title} data-testid="customer-kyc">
      {rows.length === 0 ? (
        <EmptyState title={k.empty} className="py-6" />
      ) : (
        <PlainTable caption={k.caption} headers={[k.submission, k.tier, k.status, k.risk, k.decided].map((label) => ({ label }))}>
          {rows.map((row) => (
            <tr key={row.id} className="group/row" data-testid="customer-kyc-row">
              <td className={cellClassName}>
                <TextLink href={`/kyc/${row.id}`} className="font-mono text-[13px]">
                  {row.id}
                </TextLink>
                {/* When it was submitted, under its id: one column fewer keeps the card inside the 360's narrow column. */}
                <span className="num block text-xs whitespace-nowrap text-ink-subtle" title={k.submitted}>
                  {formatDateTime(row.submittedAt, locale)}
                </span>
              </td>
              <td className={`${cellClassName} whitespace-nowrap`}>{fill(m.tier, { tier: tierNumeral(row.tierRequested) })}</td>
              <td className={cellClassName}>
                <KycBadge status={row.status} approvalPending={row.approvalPending} />
              </td>
              <td className={`${cellClassName} whitespace-nowrap`}>
                <span className="inline-flex items-center gap-1.5">
                  <CustomerRiskBadge level={row.riskLevel} />
                  <span className="num text-xs text-ink-muted">{row.riskScore}</span>
                </span>
              </td>
              <td className={`${cellClassName} text-xs text-ink-muted`}>
                {row.decidedAt ? fill(k.decidedBy, { name: row.decidedBy?.name ?? k.system, time: formatDateTime(row.decidedAt, locale) }) : m.noValue}
              </td>
            </tr>
          ))}
        </PlainTable>
      )}
    </Card>
  );
}
