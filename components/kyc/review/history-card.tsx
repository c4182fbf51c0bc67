// The customer's other KYC submissions, newest first, each linked to its own review.
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { cellClassName, PlainTable } from "@/components/ui/plain-table";
import { TextLink } from "@/components/ui/text-link";
import { KycStatusBadge } from "@/components/kyc/review/status-badges";
import { fill, type ReviewMessages } from "@/components/kyc/review/messages";
import { getMessages, getTranslator } from "@/lib/i18n/server";
import { getCustomerHistory } from "@/lib/kyc/review/queries";
import { KYC_REJECTION_REASONS } from "@/lib/kyc/review/reasons";
import { formatDate, formatDateTime } from "@/lib/time";

export function reasonLabel(m: ReviewMessages, code: string): string {
  return (KYC_REJECTION_REASONS as readonly string[]).includes(code) ? m.reasons[code as keyof ReviewMessages["reasons"]] : code;
}

export async function HistoryCard({ customerId, submissionId }: { customerId: string; submissionId: string }) {
  const [{ locale }, messages, rows] = await Promise.all([getTranslator(), getMessages(), getCustomerHistory(customerId, submissionId)]);
  const m = messages.kycReview;
  return (
    <Card title={m.history.title} data-testid="kyc-history">
      {rows.length === 0 ? (
        <EmptyState title={m.history.empty} className="py-6" />
      ) : (
        <PlainTable caption={m.history.caption} headers={[{ label: m.history.submission }, { label: m.history.submitted }, { label: m.history.statusHeader }, { label: m.history.decided }]}>
          {rows.map((row) => (
            <tr key={row.id} className="group/row">
              <td className={cellClassName}>
                <TextLink href={`/kyc/${row.id}`} className="font-mono text-[13px]">
                  {row.id}
                </TextLink>
              </td>
              <td className={`${cellClassName} num whitespace-nowrap`}>{formatDate(row.submittedAt, locale)}</td>
              <td className={cellClassName}>
                <KycStatusBadge status={row.status} approvalPending={row.approvalPending} />
              </td>
              <td className={`${cellClassName} text-xs text-ink-muted`}>
                {row.decidedAt ? fill(m.history.decidedBy, { name: row.decidedBy?.name ?? m.timeline.system, time: formatDateTime(row.decidedAt, locale) }) : m.noValue}
                {row.reasonCode ? <span className="block">{reasonLabel(m, row.reasonCode)}</span> : null}
              </td>
            </tr>
          ))}
        </PlainTable>
      )}
    </Card>
  );
}
