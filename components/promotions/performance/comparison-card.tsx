// Spend lift (lib/promotions/performance/comparison.ts): participants' and the matched comparison group's
// average payments before and during the campaign, the difference in differences, and what each
// incremental yuan of spend cost in rewards. Server-rendered: a table, with the method in one line.
import { Card, CardBody } from "@/components/ui/card";
import { cellClassName, PlainTable } from "@/components/ui/plain-table";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/lookup";
import type { Messages } from "@/lib/i18n/messages/zh-CN";
import { formatCny, formatCnyPerYuan, formatCount } from "@/lib/money";
import type { PromotionPerformance } from "@/lib/promotions/performance/read";
import { formatDateTime } from "@/lib/time";

const right = `${cellClassName} text-right tabular-nums`;

export function ComparisonCard({ comparison, participants, locale, m }: { comparison: PromotionPerformance["comparison"]; participants: number; locale: Locale; m: Messages["promotionPerformance"]["comparison"] }) {
  const money = (fen: number) => formatCny(BigInt(Math.round(fen)), locale);
  const signed = (fen: number) => (Math.round(fen) > 0 ? `+${money(fen)}` : money(fen));
  const body = (() => {
    if (!comparison || comparison.matched === 0) return <p className="text-sm text-ink-muted" data-testid="performance-comparison-none">{m.none}</p>;
    const c = comparison;
    const w = c.windows;
    // Everyone who took part and is not measured: no comparison in their stratum, or a wallet too new.
    const unmatched = participants - c.matched;
    return (
      <div className="flex flex-col gap-3">
        <p className="text-xs text-ink-subtle tabular-nums">
          {fill(m.windows, { beforeFrom: formatDateTime(w.beforeStart), beforeTo: formatDateTime(w.start), from: formatDateTime(w.start), to: formatDateTime(w.end) })}
        </p>
        <div className="rounded-md border border-border">
          <PlainTable caption={m.title} testId="performance-comparison-table" headers={[{ label: m.metric }, { label: m.before, align: "end" }, { label: m.during, align: "end" }, { label: m.change, align: "end" }]}>
            <tr className="group/row" data-testid="comparison-participants">
              <th scope="row" className={`${cellClassName} text-left font-normal`}>{fill(m.participantsGroup, { count: formatCount(c.matched, locale) })}</th>
              <td className={right}>{money(c.participantsBeforeFen)}</td>
              <td className={right}>{money(c.participantsDuringFen)}</td>
              <td className={right}>{signed(c.participantsChangeFen)}</td>
            </tr>
            <tr className="group/row" data-testid="comparison-group">
              <th scope="row" className={`${cellClassName} text-left font-normal`}>{fill(m.comparisonGroup, { count: formatCount(c.comparisonCustomers, locale), strata: formatCount(c.strata, locale) })}</th>
              <td className={right}>{money(c.comparisonBeforeFen)}</td>
              <td className={right}>{money(c.comparisonDuringFen)}</td>
              <td className={right}>{signed(c.comparisonChangeFen)}</td>
            </tr>
          </PlainTable>
        </div>
        <dl className="grid grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-2" data-testid="performance-lift">
          {[
            [m.incrementalPerParticipant, signed(c.incrementalPerParticipantFen), "lift-per-participant"],
            [m.incremental, signed(c.incrementalFen), "lift-total"],
            [m.cost, money(c.matchedCostFen), "lift-cost"],
            [m.costPerYuan, c.costPerIncrementalYuan === null ? m.noLift : formatCnyPerYuan(c.costPerIncrementalYuan, locale), "lift-cost-per-yuan"],
          ].map(([label, value, id]) => (
            <div key={id} className="flex items-baseline justify-between gap-3 border-b border-border pb-1">
              <dt className="text-ink-muted">{label}</dt>
              <dd className="font-medium tabular-nums text-ink-strong" data-testid={id}>{value}</dd>
            </div>
          ))}
        </dl>
        {unmatched > 0 ? <p className="text-xs text-ink-subtle">{fill(m.unmatched, { count: formatCount(unmatched, locale) })}</p> : null}
      </div>
    );
  })();
  return (
    <Card title={m.title} description={m.method} data-testid="performance-comparison">
      <CardBody>{body}</CardBody>
    </Card>
  );
}
