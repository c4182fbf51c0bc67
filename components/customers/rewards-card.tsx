// Promotion rewards the customer received: which promotion (a link to it for those who may see
// promotions), cashback in CNY or points and what was clawed back, where the reward stands (paid, held
// for review, clawed back, forfeited), the payment it rewards and the CASHBACK transaction that paid it.
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card, CardFooter } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import type { Tone } from "@/components/ui/tone";
import { cellClassName, PlainTable } from "@/components/ui/plain-table";
import { TextLink } from "@/components/ui/text-link";
import { can } from "@/lib/auth/permissions";
import { getStaffSession } from "@/lib/auth/session";
import type { RewardStatus } from "@/lib/generated/prisma/enums";
import { DataValue } from "@/lib/i18n/data-value";
import { fill } from "@/lib/i18n/fill";
import { transactionHref } from "@/lib/transactions/cursor";
import { transactionReference } from "@/lib/transactions/reference-number";
import { getCreditTransactions, getCustomerRewards, REWARDS_SHOWN, type CustomerRewardRow } from "@/lib/customers/profile/queries";
import { formatCny, formatCount } from "@/lib/money";
import { formatDateTime } from "@/lib/time";
import { getLocale, getMessages } from "@/lib/i18n/server";

const STATUS_TONE: Record<RewardStatus, Tone> = { PAID: "success", HELD: "warning", CLAWED_BACK: "neutral", FORFEITED: "danger" };

export async function RewardsCard({ customerId }: { customerId: string }) {
  const [{ customers: m }, locale, staff] = await Promise.all([getMessages(), getLocale(), getStaffSession()]);
  const r = m.rewards;
  const fetched = await getCustomerRewards(customerId);
  const rows = fetched.slice(0, REWARDS_SHOWN);
  const credits = await getCreditTransactions(rows.flatMap((row) => (row.creditTransactionId === null ? [] : [row.creditTransactionId])));
  const promotionLinks = can(staff?.roles, "promotion:view");
  const txHref = (id: bigint) => transactionHref(`/customers/${customerId}?tab=transactions`, {}, { tx: id.toString() });
  const value = (row: Pick<CustomerRewardRow, "amountFen" | "points">) =>
    [row.amountFen > 0n ? formatCny(row.amountFen, locale) : null, row.points > 0 ? fill(r.points, { points: formatCount(row.points, locale) }) : null].filter(Boolean).join(" + ") ||
    formatCny(0n, locale);
  return (
    <Card title={r.title} data-testid="customer-rewards">
      {rows.length === 0 ? (
        <EmptyState title={r.empty} className="py-6" />
      ) : (
        <PlainTable
          caption={r.caption}
          headers={[{ label: r.promotion }, { label: r.reward, align: "end" }, { label: r.status }, { label: r.transactions }]}
        >
          {rows.map((reward) => {
            const creditAt = reward.creditTransactionId === null ? undefined : credits.get(reward.creditTransactionId.toString());
            const clawed = reward.clawedBackFen > 0n || reward.clawedBackPoints > 0;
            return (
              <tr key={reward.id} className="group/row" data-testid="customer-reward" data-status={reward.status}>
                <td className={cellClassName}>
                  {promotionLinks ? (
                    <Link href={`/promotions/${reward.promotion.id}`} prefetch={false} className="block text-brand-700 hover:underline" data-testid="customer-reward-promotion">
                      <DataValue>{reward.promotion.name}</DataValue>
                    </Link>
                  ) : (
                    <span translate="no" className="block" data-testid="customer-reward-promotion">
                      {reward.promotion.name}
                    </span>
                  )}
                  <span className="text-xs text-ink-subtle">{r.sources[reward.source]}</span>
                </td>
                <td className={`${cellClassName} num text-right whitespace-nowrap`} data-testid="customer-reward-value">
                  {value(reward)}
                  {clawed ? <span className="block text-xs text-ink-subtle">{fill(r.clawedBack, { value: value({ amountFen: reward.clawedBackFen, points: reward.clawedBackPoints }) })}</span> : null}
                </td>
                <td className={cellClassName}>
                  <Badge tone={STATUS_TONE[reward.status]} dot data-testid="customer-reward-status">
                    {r.statuses[reward.status]}
                  </Badge>
                  <span className="num mt-0.5 block text-xs whitespace-nowrap text-ink-subtle" title={r.date}>
                    {formatDateTime(reward.createdAt, locale)}
                  </span>
                </td>
                {/* The rewarded payment above, the cashback that paid it below: one column keeps the card within the 360's half width. */}
                <td className={`${cellClassName} font-mono text-[13px] whitespace-nowrap`}>
                  <span className="block font-sans text-xs text-ink-subtle">{r.transaction}</span>
                  {reward.transactionId !== null && reward.transaction ? (
                    <TextLink href={txHref(reward.transactionId)} data-testid="customer-reward-transaction">
                      {transactionReference(reward.transactionId, reward.transaction.createdAt)}
                    </TextLink>
                  ) : (
                    <span className="font-sans text-xs text-ink-subtle">{r.noTransaction}</span>
                  )}
                  <span className="mt-1 block font-sans text-xs text-ink-subtle">{r.credit}</span>
                  {reward.creditTransactionId !== null && creditAt ? (
                    <TextLink href={txHref(reward.creditTransactionId)} data-testid="customer-reward-credit">
                      {transactionReference(reward.creditTransactionId, creditAt)}
                    </TextLink>
                  ) : (
                    <span className="font-sans text-xs text-ink-subtle">{reward.status === "HELD" ? r.creditHeld : reward.amountFen === 0n ? r.creditPoints : r.creditNone}</span>
                  )}
                </td>
              </tr>
            );
          })}
        </PlainTable>
      )}
      {fetched.length > REWARDS_SHOWN ? <CardFooter className="text-xs text-ink-subtle">{fill(r.capped, { count: REWARDS_SHOWN })}</CardFooter> : null}
    </Card>
  );
}
