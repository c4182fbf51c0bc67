// The held rewards of one promotion, for its page (/promotions/[id]): what the farming guard held, oldest
// first, with whom each customer shares what (names masked), and, for reward:review, release or forfeit.
// A server component that reads its own data: <HeldRewardsPanel promotionId canReview />.
import { Badge } from "@/components/ui/badge";
import { Card, CardBody } from "@/components/ui/card";
import { PlainTable, cellClassName } from "@/components/ui/plain-table";
import { HeldRewardReview } from "@/components/promotions/abuse/held-reward-review";
import { db } from "@/lib/db";
import { DataValue, fillNodes } from "@/lib/i18n/data-value";
import { getTranslator } from "@/lib/i18n/server";
import { CATALOGUES, fill, type Locale } from "@/lib/i18n/translate";
import { formatCny, formatCount } from "@/lib/money";
import { listHeldRewards, type HeldRewardView } from "@/lib/promotions/abuse/queries";
import type { HoldLinkKind } from "@/lib/promotions/abuse/types";
import { formatDateTime } from "@/lib/time";

type M = (typeof CATALOGUES)[Locale]["rewards"];

function rewardText(row: Pick<HeldRewardView, "amountFen" | "points">, locale: Locale, m: M): string {
  const parts: string[] = [];
  if (row.amountFen > 0n || row.points === 0) parts.push(formatCny(row.amountFen, locale));
  if (row.points > 0) parts.push(fill(m.held.points, { points: formatCount(row.points, locale) }));
  return parts.join(" + ");
}

/** The links grouped by customer: "shares device, phone number with 王* (C000123)". */
function Links({ row, locale, m }: { row: HeldRewardView; locale: Locale; m: M }) {
  const byCustomer = new Map<string, { name: string | null; kinds: HoldLinkKind[]; batchMate: boolean }>();
  for (const link of row.links) {
    const entry = byCustomer.get(link.customerId) ?? { name: link.customerName, kinds: [], batchMate: link.rewardId === null };
    if (!entry.kinds.includes(link.kind)) entry.kinds.push(link.kind);
    byCustomer.set(link.customerId, entry);
  }
  const separator = locale === "zh-CN" ? "、" : ", ";
  return (
    <ul className="flex flex-col gap-1 text-xs">
      {[...byCustomer].map(([customerId, entry]) => (
        <li key={customerId} data-testid="held-reward-link">
          {fillNodes(m.held.linkedTo, { items: entry.kinds.map((k) => m.linkKind[k]).join(separator), customer: <DataValue>{`${entry.name ?? "—"} (${customerId})`}</DataValue> })}
          {entry.batchMate ? <span className="text-ink-subtle">{m.held.batchMate}</span> : null}
        </li>
      ))}
    </ul>
  );
}

export async function HeldRewardsPanel({ promotionId, canReview }: { promotionId: string; canReview: boolean }) {
  const { locale } = await getTranslator();
  const m = CATALOGUES[locale].rewards;
  const held = await listHeldRewards(db, promotionId);
  const headers = [m.held.customer, m.held.reward, m.held.source, m.held.heldAt, m.held.links, ...(canReview ? [m.held.actions] : [])].map((label, i) => ({ label, align: i === 1 ? ("end" as const) : undefined }));
  return (
    <Card
      title={m.held.title}
      description={m.held.description}
      actions={
        <Badge tone={held.count > 0 ? "warning" : "neutral"} data-testid="held-rewards-count">
          {fill(m.held.count, { count: formatCount(held.count, locale) })}
        </Badge>
      }
      data-testid="held-rewards-panel"
    >
      {held.count === 0 ? (
        <CardBody>
          <p className="text-sm text-ink-subtle">{m.held.empty}</p>
        </CardBody>
      ) : (
        <>
          <PlainTable caption={m.held.caption} headers={headers} testId="held-rewards-table">
            {held.rows.map((row) => {
              const customer = `${row.customerName} (${row.customerId})`;
              const reward = rewardText(row, locale, m);
              return (
                <tr key={row.id} className="group/row" data-testid={`held-reward-${row.id}`}>
                  <td className={cellClassName}>
                    <DataValue>{row.customerName}</DataValue>
                    <div className="text-xs text-ink-subtle" translate="no">
                      {row.customerId}
                    </div>
                  </td>
                  <td className={`${cellClassName} text-right whitespace-nowrap tabular-nums`}>{reward}</td>
                  <td className={`${cellClassName} text-xs`}>
                    {m.source[row.source]}
                    {row.transactionId !== null ? (
                      <div className="text-ink-subtle" translate="no">
                        #{row.transactionId.toString()}
                      </div>
                    ) : null}
                  </td>
                  <td className={`${cellClassName} whitespace-nowrap tabular-nums`}>{formatDateTime(row.createdAt)}</td>
                  <td className={cellClassName}>
                    <Links row={row} locale={locale} m={m} />
                  </td>
                  {canReview ? (
                    <td className={cellClassName}>
                      <HeldRewardReview rewardId={row.id} customer={customer} reward={reward} cost={formatCny(row.costFen, locale)} />
                    </td>
                  ) : null}
                </tr>
              );
            })}
          </PlainTable>
          {held.count > held.rows.length ? <p className="px-4 py-2 text-xs text-ink-subtle">{fill(m.held.more, { shown: formatCount(held.rows.length, locale), count: formatCount(held.count, locale) })}</p> : null}
          {!canReview ? <p className="px-4 py-2 text-xs text-ink-subtle">{m.held.noReview}</p> : null}
        </>
      )}
    </Card>
  );
}
