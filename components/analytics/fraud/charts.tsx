"use client";
// The fraud report's charts (recharts): alerts per day stacked by rule or by severity, and confirmed fraud
// per day. Hidden from screen readers: the ChartCard around each carries the same figures as a table.
// Series names arrive as data (the rules' names come from the rule registry, server-side); colours from
// lib/analytics/palette.ts. Money arrives as numbers of fen (exact below 2^53).
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { CHART_AXIS_COLOR, CHART_GRID_COLOR, NEGATIVE_COLOR } from "@/lib/analytics/palette";
import { useLocale, useMessages } from "@/lib/i18n/provider";
import { formatCny, formatCount } from "@/lib/money";

export interface ChartSeries {
  key: string;
  label: string;
  color: string;
}

const tickDay = (d: string) => d.slice(5);

function Legend({ series }: { series: ChartSeries[] }) {
  return (
    <ul aria-hidden className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-ink-muted">
      {series.map((s) => (
        <li key={s.key} className="inline-flex items-center gap-1.5">
          <span className="inline-block size-2.5 rounded-sm" style={{ background: s.color }} />
          {s.label}
        </li>
      ))}
    </ul>
  );
}

/** Alerts per day, one stacked bar per day, a segment per series. */
export function StackedAlertsChart({ days, series }: { days: Record<string, number | string>[]; series: ChartSeries[] }) {
  const locale = useLocale();
  const count = (n: number) => formatCount(n, locale);
  return (
    <div aria-hidden className="flex flex-col gap-3">
      <div className="h-64 w-full">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={days} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} stroke={CHART_GRID_COLOR} />
            <XAxis dataKey="day" tickFormatter={tickDay} fontSize={11} minTickGap={12} stroke={CHART_AXIS_COLOR} />
            <YAxis fontSize={11} width={40} allowDecimals={false} tickFormatter={count} stroke={CHART_AXIS_COLOR} />
            <Tooltip formatter={(v) => count(Number(v))} />
            {series.map((s) => (
              <Bar key={s.key} dataKey={s.key} name={s.label} stackId="alerts" fill={s.color} isAnimationActive={false} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <Legend series={series} />
    </div>
  );
}

/** Confirmed fraud value per day raised. */
export function ConfirmedChart({ days }: { days: { day: string; confirmed: number; confirmedFen: number }[] }) {
  const m = useMessages("analyticsFraud").confirmed;
  const locale = useLocale();
  const money = (fen: number) => formatCny(BigInt(Math.round(fen)), locale);
  const axisMoney = (fen: number) => formatCny(BigInt(Math.round(fen)), locale, { compact: true });
  return (
    <div aria-hidden className="flex flex-col gap-3">
      <div className="h-56 w-full">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={days} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} stroke={CHART_GRID_COLOR} />
            <XAxis dataKey="day" tickFormatter={tickDay} fontSize={11} minTickGap={12} stroke={CHART_AXIS_COLOR} />
            <YAxis fontSize={11} width={64} tickFormatter={axisMoney} stroke={CHART_AXIS_COLOR} />
            <Tooltip formatter={(v) => money(Number(v))} />
            <Bar dataKey="confirmedFen" name={m.value} fill={NEGATIVE_COLOR} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <Legend series={[{ key: "confirmedFen", label: m.value, color: NEGATIVE_COLOR }]} />
    </div>
  );
}
