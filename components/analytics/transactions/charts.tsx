"use client";
// The transaction analytics' recharts charts, loaded in the browser only (lazy-charts.tsx): volume and value
// over time with the comparison period drawn faintly behind and the shopping festivals marked on the axis,
// and the horizontal bars by channel or merchant category. Each is hidden from screen readers: the ChartCard
// around it carries the same figures as a table. Money arrives as numbers of fen (exact below 2^53).
import { Bar, BarChart, CartesianGrid, ComposedChart, Line, ReferenceArea, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { ANNOTATION_COLOR, CHART_GRID_COLOR, COMPARISON_COLOR, COMPARISON_DASH, COMPARISON_OPACITY, OKABE_ITO, PRIMARY_COLOR } from "@/lib/analytics/palette";
import { useLocale, useMessages } from "@/lib/i18n/provider";
import { formatCny, formatCount } from "@/lib/money";

function useFormat() {
  const locale = useLocale();
  return {
    money: (fen: number) => formatCny(BigInt(Math.round(fen)), locale),
    axisMoney: (fen: number) => formatCny(BigInt(Math.round(fen)), locale, { compact: true }),
    count: (n: number) => formatCount(n, locale),
    axisCount: (n: number) => new Intl.NumberFormat(locale, { notation: "compact", maximumFractionDigits: 1 }).format(n),
  };
}

function Legend({ items }: { items: { label: string; colour: string; dashed?: boolean; faint?: boolean }[] }) {
  return (
    <ul aria-hidden className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-ink-muted">
      {items.map((item) => (
        <li key={item.label} className="inline-flex items-center gap-1.5">
          {item.dashed ? (
            <span className="inline-block w-4 border-t-2 border-dashed" style={{ borderColor: item.colour, opacity: item.faint ? COMPARISON_OPACITY : 1 }} />
          ) : (
            <span className="inline-block size-2.5 rounded-sm" style={{ background: item.colour, opacity: item.faint ? COMPARISON_OPACITY : 1 }} />
          )}
          {item.label}
        </li>
      ))}
    </ul>
  );
}

export interface SeriesChartPoint {
  key: string;
  label: string;
  count: number;
  valueFen: number;
  compareCount: number | null;
  compareValueFen: number | null;
}

export interface FestivalMark {
  x1: string;
  x2: string;
  label: string;
}

const VALUE_COLOR = OKABE_ITO.orange;

export function VolumeValueChart({ points, festivals, showComparison }: { points: SeriesChartPoint[]; festivals: FestivalMark[]; showComparison: boolean }) {
  const m = useMessages("analytics").transactions.series;
  const f = useFormat();
  const labels = new Map(points.map((p) => [p.key, p.label]));
  return (
    <div className="flex flex-col gap-3" data-testid="tx-series-chart">
      <div aria-hidden className="h-72 w-full">
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart data={points} margin={{ top: 16, right: 8, bottom: 0, left: 8 }} barGap={0}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} stroke={CHART_GRID_COLOR} />
            <XAxis dataKey="key" tickFormatter={(k: string) => labels.get(k) ?? k} fontSize={11} minTickGap={16} />
            <YAxis yAxisId="count" fontSize={11} width={48} allowDecimals={false} tickFormatter={f.axisCount} />
            <YAxis yAxisId="value" orientation="right" fontSize={11} width={64} tickFormatter={f.axisMoney} />
            <Tooltip
              labelFormatter={(k) => labels.get(String(k)) ?? String(k)}
              formatter={(v, name) => (name === m.value || name === m.compareValue ? f.money(Number(v)) : f.count(Number(v)))}
            />
            {festivals.map((fest) =>
              fest.x1 === fest.x2 ? (
                <ReferenceLine key={`${fest.x1}-${fest.label}`} yAxisId="count" x={fest.x1} stroke={ANNOTATION_COLOR} strokeDasharray="2 3" label={{ value: fest.label, position: "top", fontSize: 11, fill: ANNOTATION_COLOR }} />
              ) : (
                <ReferenceArea
                  key={`${fest.x1}-${fest.label}`}
                  yAxisId="count"
                  x1={fest.x1}
                  x2={fest.x2}
                  fill={ANNOTATION_COLOR}
                  fillOpacity={0.08}
                  label={{ value: fest.label, position: "insideTop", fontSize: 11, fill: ANNOTATION_COLOR }}
                />
              ),
            )}
            {showComparison ? <Bar yAxisId="count" dataKey="compareCount" name={m.compareCount} fill={COMPARISON_COLOR} fillOpacity={COMPARISON_OPACITY} isAnimationActive={false} /> : null}
            <Bar yAxisId="count" dataKey="count" name={m.count} fill={PRIMARY_COLOR} isAnimationActive={false} />
            {showComparison ? (
              <Line yAxisId="value" dataKey="compareValueFen" name={m.compareValue} stroke={COMPARISON_COLOR} strokeOpacity={COMPARISON_OPACITY} strokeDasharray={COMPARISON_DASH} dot={false} strokeWidth={1.5} isAnimationActive={false} />
            ) : null}
            <Line yAxisId="value" dataKey="valueFen" name={m.value} stroke={VALUE_COLOR} dot={false} strokeWidth={2} isAnimationActive={false} />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <Legend
        items={[
          { label: m.count, colour: PRIMARY_COLOR },
          { label: m.value, colour: VALUE_COLOR, dashed: false },
          ...(showComparison ? [{ label: m.compareCount, colour: COMPARISON_COLOR, faint: true }, { label: m.compareValue, colour: COMPARISON_COLOR, dashed: true, faint: true }] : []),
        ]}
      />
    </div>
  );
}

export interface BreakdownBar {
  label: string;
  valueFen: number;
  compareValueFen: number | null;
}

/** Horizontal bars of value per channel or category, the comparison period's value as a faint bar beside. */
export function BreakdownChart({ rows, showComparison, testId }: { rows: BreakdownBar[]; showComparison: boolean; testId: string }) {
  const m = useMessages("analytics").transactions.channel;
  const f = useFormat();
  const height = Math.max(160, rows.length * (showComparison ? 34 : 26) + 40);
  return (
    <div className="flex flex-col gap-3" data-testid={testId}>
      <div aria-hidden className="w-full" style={{ height }}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={rows} layout="vertical" margin={{ top: 4, right: 16, bottom: 0, left: 8 }} barGap={1}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} stroke={CHART_GRID_COLOR} />
            <XAxis type="number" fontSize={11} tickFormatter={f.axisMoney} />
            <YAxis type="category" dataKey="label" fontSize={11} width={112} interval={0} />
            <Tooltip formatter={(v) => f.money(Number(v))} />
            <Bar dataKey="valueFen" name={m.value} fill={PRIMARY_COLOR} isAnimationActive={false} />
            {showComparison ? <Bar dataKey="compareValueFen" name={m.compareValue} fill={COMPARISON_COLOR} fillOpacity={COMPARISON_OPACITY} isAnimationActive={false} /> : null}
          </BarChart>
        </ResponsiveContainer>
      </div>
      {showComparison ? <Legend items={[{ label: m.value, colour: PRIMARY_COLOR }, { label: m.compareValue, colour: COMPARISON_COLOR, faint: true }]} /> : null}
    </div>
  );
}
