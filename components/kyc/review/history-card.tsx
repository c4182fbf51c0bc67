// The customer's other KYC submissions, newest first, each linked to its own review.
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { KycStatusBadge } from "@/components/kyc/review/status-badges";
import { fill, type ReviewMessages } from "@/components/kyc/review/messages";
import { getCustomerHistory } from "@/lib/kyc/review/queries";
import { KYC_REJECTION_REASONS } from "@/lib/kyc/review/reasons";
import type { Locale } from "@/lib/i18n/translate";
import { formatDate, formatDateTime } from "@/lib/time";

export function reasonLabel(m: ReviewMessages, code: string): string {
  return (KYC_REJECTION_REASONS as readonly string[]).includes(code) ? m.reasons[code as keyof ReviewMessages["reasons"]] : code;
}

export async function HistoryCard({ customerId, submissionId, m, locale }: { customerId: string; submissionId: string; m: ReviewMessages; locale: Locale }) {
  const rows = await getCustomerHistory(customerId, submissionId);
  const th = "h-9 border-b border-border bg-surface-muted px-3 text-left text-xs font-medium whitespace-nowrap text-ink-muted";
  const td = "border-b border-border px-3 py-2 align-top text-sm text-ink";
  return (
    <Card title={m.history.title} data-testid="kyc-history">
      {rows.length === 0 ? (
        <EmptyState title={m.history.empty} className="py-6" />
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-separate border-spacing-0">
            <caption className="sr-only">{m.history.caption}</caption>
            <thead>
              <tr>
                <th scope="col" className={th}>{m.history.submission}</th>
                <th scope="col" className={th}>{m.history.submitted}</th>
                <th scope="col" className={th}>{m.history.statusHeader}</th>
                <th scope="col" className={th}>{m.history.decided}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <td className={td}>
                    <Link href={`/kyc/${row.id}`} className="font-mono text-[13px] text-brand-700 underline-offset-2 hover:underline">
                      {row.id}
                    </Link>
                  </td>
                  <td className={`${td} num whitespace-nowrap`}>{formatDate(row.submittedAt, locale)}</td>
                  <td className={td}>
                    <KycStatusBadge status={row.status} approvalPending={row.approvalPending} m={m} />
                  </td>
                  <td className={`${td} text-xs text-ink-muted`}>
                    {row.decidedAt ? fill(m.history.decidedBy, { name: row.decidedBy?.name ?? m.timeline.system, time: formatDateTime(row.decidedAt, locale) }) : m.noValue}
                    {row.reasonCode ? <span className="block">{reasonLabel(m, row.reasonCode)}</span> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}
