"use client";
// A finished simulation: what it would have cost (cash and points), rewards and customers reached, the day
// the budget would have run out, the share of cost to customers with fraud alerts, rewards per day as a
// recharts chart with the exhaustion day marked, and the merchant categories that took the most.
import { Bar, CartesianGrid, ComposedChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { Stat } from "@/components/ui/stat";
import { PlainTable, cellClassName } from "@/components/ui/plain-table";
import { DataValue } from "@/lib/i18n/data-value";
import { fill } from "@/lib/i18n/fill";
import { useLocale, useMessages } from "@/lib/i18n/provider";
import { formatCny, formatCount } from "@/lib/money";
import { costOf } from "@/lib/promotions/reward-value";
import { rewardsPerDay, shareOf, topCategories, type SimulationResult } from "@/lib/promotions/simulation/result";

const BAR_COLOUR = "var(--color-brand-600)";
const MARK_COLOUR = "var(--color-danger-solid)";

export function SimulationResultView({ result, fromDay, toDay }: { result: SimulationResult; fromDay: string; toDay: string }) {
  const m = useMessages("promotionSimulation");
  const mcc = useMessages("transactions").mcc as Record<string, string>;
  const locale = useLocale();
  const cny = (fen: bigint | string) => formatCny(BigInt(fen), locale);
  const percent = (share: number) => new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 }).format(share);
  const count = (n: number) => formatCount(n, locale);
  const days = rewardsPerDay(result, fromDay, toDay).map((d) => ({ day: d.day, yuan: Number(d.costFen) / 100, rewards: d.rewards }));
  const categories = topCategories(result);
  const pointsValue = costOf(0n, result.points);

  if (result.rewards === 0) return <p className="text-sm text-ink-subtle" data-testid="simulation-empty">{m.noRewards}</p>;
  return (
    <div className="flex flex-col gap-3" data-testid="simulation-result">
      <div className="grid grid-cols-1 gap-2 sm:grid-cols-2 xl:grid-cols-3">
        <Stat label={m.figures.cost} value={<span data-testid="simulation-cost">{cny(result.costFen)}</span>} hint={fill(m.figures.costDetail, { cash: cny(result.cashFen), points: count(result.points), pointsValue: cny(pointsValue) })} />
        <Stat label={m.figures.budget} value={cny(result.budgetFen)} hint={fill(m.figures.budgetUsed, { share: percent(shareOf(result.costFen, result.budgetFen)) })} />
        <Stat label={m.figures.exhausted} tone={result.exhaustedDay ? "warning" : undefined} value={<span data-testid="simulation-exhausted">{result.exhaustedDay ? fill(m.figures.exhaustedOn, { day: result.exhaustedDay }) : m.figures.notExhausted}</span>} />
        <Stat label={m.figures.rewards} value={<span data-testid="simulation-rewards">{count(result.rewards)}</span>} />
        <Stat label={m.figures.customers} value={<span data-testid="simulation-customers">{count(result.customers)}</span>} />
        <Stat
          label={m.figures.alertedShare}
          tone={shareOf(result.alertedCostFen, result.costFen) > 0 ? "warning" : undefined}
          value={<span data-testid="simulation-alerted-share">{percent(shareOf(result.alertedCostFen, result.costFen))}</span>}
          hint={`${fill(m.figures.alertedDetail, { customers: count(result.alertedCustomers), cost: cny(result.alertedCostFen) })} · ${m.figures.confirmedShare} ${percent(shareOf(result.confirmedCostFen, result.costFen))}`}
        />
      </div>
      <p className="text-xs text-ink-subtle">{m.figures.alertNote}</p>
      <figure className="flex flex-col gap-1">
        <figcaption className="text-xs font-medium text-ink-muted">{m.chart.title}</figcaption>
        <div className="h-56 w-full" data-testid="simulation-chart">
          <ResponsiveContainer width="100%" height="100%">
            <ComposedChart data={days} margin={{ top: 16, right: 8, bottom: 0, left: 0 }}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="day" tickFormatter={(d: string) => d.slice(5)} fontSize={11} />
              <YAxis fontSize={11} tickFormatter={(v: number) => new Intl.NumberFormat(locale, { notation: "compact" }).format(v)} />
              <Tooltip formatter={(value) => [cny(BigInt(Math.round(Number(value) * 100))), m.chart.cost]} />
              <Bar dataKey="yuan" name={m.chart.cost} fill={BAR_COLOUR} />
              {result.exhaustedDay ? <ReferenceLine x={result.exhaustedDay} stroke={MARK_COLOUR} strokeDasharray="4 2" label={{ value: m.chart.exhaustion, position: "top", fontSize: 11, fill: MARK_COLOUR }} /> : null}
            </ComposedChart>
          </ResponsiveContainer>
        </div>
      </figure>
      <details className="text-xs text-ink-subtle">
        <summary className="cursor-pointer">{m.chart.day}</summary>
        <PlainTable caption={m.chart.title} headers={[{ label: m.chart.day }, { label: m.chart.cost, align: "end" }, { label: m.chart.rewards, align: "end" }]}>
          {rewardsPerDay(result, fromDay, toDay).map((d) => (
            <tr key={d.day} className="group/row">
              <td className={`${cellClassName} tabular-nums`}>{d.day}</td>
              <td className={`${cellClassName} text-right tabular-nums`}>{cny(d.costFen)}</td>
              <td className={`${cellClassName} text-right tabular-nums`}>{count(d.rewards)}</td>
            </tr>
          ))}
        </PlainTable>
      </details>
      {categories.length > 0 ? (
        <div className="rounded-md border border-border">
          <PlainTable caption={m.categories.title} headers={[{ label: m.categories.mcc }, { label: m.categories.cost, align: "end" }, { label: m.categories.rewards, align: "end" }, { label: m.categories.share, align: "end" }]} testId="simulation-categories">
            {categories.map((c) => (
              <tr key={c.mcc} className="group/row">
                <td className={cellClassName}>{c.mcc === "" ? m.categories.none : <><DataValue>{c.mcc}</DataValue> {mcc[c.mcc] ?? ""}</>}</td>
                <td className={`${cellClassName} text-right tabular-nums`}>{cny(c.costFen)}</td>
                <td className={`${cellClassName} text-right tabular-nums`}>{count(c.rewards)}</td>
                <td className={`${cellClassName} text-right tabular-nums`}>{percent(c.share)}</td>
              </tr>
            ))}
          </PlainTable>
        </div>
      ) : null}
    </div>
  );
}
