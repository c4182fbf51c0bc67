// Promotion rewards the customer received: which promotion, cashback in CNY or points, for which transaction.
import { Card, CardFooter } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { fill } from "@/lib/i18n/fill";
import { cellClassName, PlainTable } from "@/components/ui/plain-table";
import { TextLink } from "@/components/ui/text-link";
import { transactionHref } from "@/lib/transactions/cursor";
import { transactionReference } from "@/lib/transactions/reference-number";
import { getCustomerRewards, REWARDS_SHOWN } from "@/lib/customers/profile/queries";
import { formatCny, formatCount } from "@/lib/money";
import { formatDateTime } from "@/lib/time";
import { getLocale, getMessages } from "@/lib/i18n/server";

export async function RewardsCard({ customerId }: { customerId: string }) {
  const [{ customers: m }, locale] = await Promise.all([getMessages(), getLocale()]);
  const r = m.rewards;
  const fetched = await getCustomerRewards(customerId);
  const rows = fetched.slice(0, REWARDS_SHOWN);
  return (
    <Card title={r.title} data-testid="customer-rewards">
      {rows.length === 0 ? (
        <EmptyState title={r.empty} className="py-6" />
      ) : (
        <PlainTable caption={r.caption} headers={[{ label: r.promotion }, { label: r.reward, align: "end" }, { label: r.transaction }, { label: r.date }]}>
          {rows.map((reward) => (
            <tr key={reward.id} className="group/row" data-testid="customer-reward">
              <td className={cellClassName}>{reward.promotion.name}</td>
              <td className={`${cellClassName} num text-right whitespace-nowrap`}>
                {reward.points > 0 && reward.amountFen === 0n ? fill(r.points, { points: formatCount(reward.points, locale) }) : formatCny(reward.amountFen, locale)}
              </td>
              <td className={`${cellClassName} font-mono text-[13px] whitespace-nowrap`}>
                {reward.transactionId !== null && reward.transaction ? (
                  <TextLink href={transactionHref(`/customers/${customerId}?tab=transactions`, {}, { tx: reward.transactionId.toString() })}>
                    {transactionReference(reward.transactionId, reward.transaction.createdAt)}
                  </TextLink>
                ) : null}
              </td>
              <td className={`${cellClassName} num whitespace-nowrap`}>{formatDateTime(reward.createdAt, locale)}</td>
            </tr>
          ))}
        </PlainTable>
      )}
      {fetched.length > REWARDS_SHOWN ? <CardFooter className="text-xs text-ink-subtle">{fill(r.capped, { count: REWARDS_SHOWN })}</CardFooter> : null}
    </Card>
  );
}
