"use client";
// The promotion report's two charts (recharts), loaded lazily by lazy-charts.tsx: each promotion's reward
// cost beside its incremental spend, and the daily reward cost stacked by promotion. The chart is hidden
// from screen readers; the ChartCard around it carries the same figures as a table. The legends are ours
// (recharts names its legend icons in English). Money arrives as numbers of fen (exact below 2^53).
import { Bar, BarChart, CartesianGrid, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { CHART_AXIS_COLOR, CHART_GRID_COLOR, seriesColor } from "@/lib/analytics/palette";
import { useLocale, useMessages } from "@/lib/i18n/provider";
import { formatCny } from "@/lib/money";

function useMoney() {
  const locale = useLocale();
  return {
    money: (fen: number) => formatCny(BigInt(Math.round(fen)), locale),
    axis: (fen: number) => formatCny(BigInt(Math.round(fen)), locale, { compact: true }),
  };
}

function Legend({ items }: { items: { label: string; colour: string }[] }) {
  return (
    <ul aria-hidden className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-ink-muted">
      {items.map((item) => (
        <li key={item.label} className="inline-flex items-center gap-1.5">
          <span className="inline-block size-2.5 rounded-sm" style={{ background: item.colour }} />
          <span translate="no">{item.label}</span>
        </li>
      ))}
    </ul>
  );
}

export interface CostVsIncrementalPoint {
  name: string;
  costFen: number;
  /** null: not measured (drawn as nothing). */
  incrementalFen: number | null;
}

export function CostVsIncrementalChart({ points }: { points: CostVsIncrementalPoint[] }) {
  const m = useMessages("analyticsPromotions").costVsIncremental;
  const f = useMoney();
  const cost = seriesColor(0);
  const incremental = seriesColor(1);
  return (
    <div className="flex flex-col gap-3" data-testid="promotions-cost-vs-incremental-chart">
      <div aria-hidden className="h-64 w-full">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={points} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} stroke={CHART_GRID_COLOR} />
            <XAxis dataKey="name" fontSize={11} interval={0} stroke={CHART_AXIS_COLOR} />
            <YAxis fontSize={11} width={72} tickFormatter={f.axis} stroke={CHART_AXIS_COLOR} />
            <ReferenceLine y={0} stroke={CHART_AXIS_COLOR} />
            <Tooltip formatter={(v) => f.money(Number(v))} />
            <Bar dataKey="costFen" name={m.cost} fill={cost} isAnimationActive={false} />
            <Bar dataKey="incrementalFen" name={m.incremental} fill={incremental} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <Legend items={[{ label: m.cost, colour: cost }, { label: m.incremental, colour: incremental }]} />
    </div>
  );
}

export function DailyCostChart({ days, series }: { days: Record<string, string | number>[]; series: { key: string; name: string }[] }) {
  const f = useMoney();
  return (
    <div className="flex flex-col gap-3" data-testid="promotions-daily-cost-chart">
      <div aria-hidden className="h-64 w-full">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={days} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} stroke={CHART_GRID_COLOR} />
            <XAxis dataKey="day" tickFormatter={(d: string) => d.slice(5)} fontSize={11} minTickGap={12} stroke={CHART_AXIS_COLOR} />
            <YAxis fontSize={11} width={72} tickFormatter={f.axis} stroke={CHART_AXIS_COLOR} />
            <Tooltip formatter={(v) => f.money(Number(v))} />
            {series.map((s, i) => (
              <Bar key={s.key} dataKey={s.key} name={s.name} stackId="cost" fill={seriesColor(i)} isAnimationActive={false} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <Legend items={series.map((s, i) => ({ label: s.name, colour: seriesColor(i) }))} />
    </div>
  );
}
