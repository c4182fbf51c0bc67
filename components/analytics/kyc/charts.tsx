"use client";
// The KYC page's two charts (recharts): the onboarding funnel as horizontal bars, and decisions per day
// (approved and rejected stacked). Hidden from screen readers: the card's data table carries the figures.
// Loaded lazily (lazy-charts.tsx) so recharts stays out of the page's first load.
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { CHART_AXIS_COLOR, CHART_GRID_COLOR, NEGATIVE_COLOR, POSITIVE_COLOR, PRIMARY_COLOR } from "@/lib/analytics/palette";
import { useLocale, useMessages } from "@/lib/i18n/provider";
import { formatCount } from "@/lib/money";
import type { FunnelStep } from "@/lib/analytics/kyc/funnel";

export interface FunnelBar {
  step: FunnelStep;
  count: number;
  /** Of registered, 0..1 (null when none registered). */
  ofRegistered: number | null;
}

export function FunnelChart({ bars }: { bars: FunnelBar[] }) {
  const m = useMessages("analyticsKyc");
  const locale = useLocale();
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 });
  const data = bars.map((b) => ({ ...b, label: m.steps[b.step], text: `${formatCount(b.count, locale)}${b.ofRegistered === null ? "" : ` · ${percent.format(b.ofRegistered)}`}` }));
  return (
    <div aria-hidden className="h-72 w-full" data-testid="kyc-funnel-chart">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} layout="vertical" margin={{ top: 4, right: 96, bottom: 4, left: 8 }}>
          <CartesianGrid horizontal={false} stroke={CHART_GRID_COLOR} />
          <XAxis type="number" tick={{ fontSize: 12, fill: CHART_AXIS_COLOR }} tickFormatter={(v: number) => formatCount(v, locale)} />
          <YAxis type="category" dataKey="label" width={112} tick={{ fontSize: 12, fill: CHART_AXIS_COLOR }} />
          <Tooltip formatter={(v) => formatCount(Number(v), locale)} />
          <Bar dataKey="count" name={m.funnel.count} fill={PRIMARY_COLOR} isAnimationActive={false}>
            <LabelList dataKey="text" position="right" style={{ fontSize: 12, fill: CHART_AXIS_COLOR }} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

export interface DecisionBar {
  day: string;
  approved: number;
  rejected: number;
}

export function DecisionsPerDayChart({ days }: { days: DecisionBar[] }) {
  const m = useMessages("analyticsKyc");
  const locale = useLocale();
  return (
    <div aria-hidden className="flex flex-col gap-2" data-testid="kyc-decisions-chart">
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-ink-muted">
        {[
          { label: m.perDay.approved, colour: POSITIVE_COLOR },
          { label: m.perDay.rejected, colour: NEGATIVE_COLOR },
        ].map((item) => (
          <li key={item.label} className="inline-flex items-center gap-1.5">
            <span className="inline-block size-2.5 rounded-sm" style={{ background: item.colour }} />
            {item.label}
          </li>
        ))}
      </ul>
      <div className="h-60 w-full">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={days} margin={{ top: 4, right: 8, bottom: 4, left: 0 }}>
            <CartesianGrid vertical={false} stroke={CHART_GRID_COLOR} />
            <XAxis dataKey="day" tickFormatter={(d: string) => d.slice(5)} tick={{ fontSize: 12, fill: CHART_AXIS_COLOR }} minTickGap={12} />
            <YAxis allowDecimals={false} width={40} tick={{ fontSize: 12, fill: CHART_AXIS_COLOR }} tickFormatter={(v: number) => formatCount(v, locale)} />
            <Tooltip formatter={(v) => formatCount(Number(v), locale)} />
            <Bar dataKey="approved" name={m.perDay.approved} stackId="d" fill={POSITIVE_COLOR} isAnimationActive={false} />
            <Bar dataKey="rejected" name={m.perDay.rejected} stackId="d" fill={NEGATIVE_COLOR} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </div>
  );
}
