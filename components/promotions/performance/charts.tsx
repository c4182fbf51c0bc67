"use client";
// The performance page's three charts (recharts): rewards per day, budget burn against plan with the
// forecast, cumulative participants. Each chart is hidden from screen readers and carries its figures as a
// table beneath it (scrollable, with a caption), which is also what the e2e test reads. The legends are
// ours: recharts names its legend icons in English. Money arrives as numbers of fen (exact below 2^53).
import { Area, AreaChart, Bar, BarChart, CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { ReactNode } from "react";
import { cellClassName } from "@/components/ui/plain-table";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { useLocale, useMessages } from "@/lib/i18n/provider";
import { formatCny, formatCount } from "@/lib/money";

const COLOURS = {
  cash: "var(--color-brand-600)",
  points: "var(--color-brand-300)",
  plan: "#667085",
  actual: "var(--color-brand-600)",
  forecast: "#d97706",
  participants: "var(--color-brand-500)",
};

function useFormat() {
  const locale = useLocale();
  return {
    locale,
    money: (fen: number) => formatCny(BigInt(Math.round(fen)), locale),
    axisMoney: (fen: number) => formatCny(BigInt(Math.round(fen)), locale, { compact: true }),
    count: (n: number) => formatCount(n, locale),
  };
}

function Legend({ items }: { items: { label: string; colour: string; dashed?: boolean }[] }) {
  return (
    <ul aria-hidden className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-ink-muted">
      {items.map((item) => (
        <li key={item.label} className="inline-flex items-center gap-1.5">
          {item.dashed ? (
            <span className="inline-block w-4 border-t-2 border-dashed" style={{ borderColor: item.colour }} />
          ) : (
            <span className="inline-block size-2.5 rounded-sm" style={{ background: item.colour }} />
          )}
          {item.label}
        </li>
      ))}
    </ul>
  );
}

/** A chart's figures: a captioned table that scrolls (by keyboard too) under a sticky header. */
function FigureTable({ caption, headers, children, testId }: { caption: string; headers: { label: string; align?: "end" }[]; children: ReactNode; testId: string }) {
  return (
    <ScrollRegion label={caption} className="max-h-72 overflow-auto rounded-md border border-border">
      <table className="w-full border-separate border-spacing-0" data-testid={testId}>
        <caption className="sr-only">{caption}</caption>
        <thead className="sticky top-0">
          <tr>
            {headers.map((h) => (
              <th key={h.label} scope="col" className={`h-9 border-b border-border bg-surface-muted px-3 text-xs font-medium whitespace-nowrap text-ink-muted ${h.align === "end" ? "text-right" : "text-left"}`}>
                {h.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </ScrollRegion>
  );
}

const tickDay = (d: string) => d.slice(5);
const right = `${cellClassName} text-right tabular-nums`;
const dayCell = `${cellClassName} tabular-nums whitespace-nowrap`;

export interface DailyPoint {
  day: string;
  rewards: number;
  cashFen: number;
  points: number;
  /** The points' value in fen. */
  pointsFen: number;
  costFen: number;
}

export function DailyRewardsChart({ days }: { days: DailyPoint[] }) {
  const m = useMessages("promotionPerformance").daily;
  const f = useFormat();
  return (
    <div className="flex flex-col gap-3" data-testid="performance-daily">
      <div aria-hidden className="h-56 w-full">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={days} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="day" tickFormatter={tickDay} fontSize={11} minTickGap={12} />
            <YAxis fontSize={11} width={64} tickFormatter={f.axisMoney} />
            <Tooltip formatter={(v) => f.money(Number(v))} />
            <Bar dataKey="cashFen" name={m.cash} stackId="cost" fill={COLOURS.cash} isAnimationActive={false} />
            <Bar dataKey="pointsFen" name={m.pointsValue} stackId="cost" fill={COLOURS.points} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <Legend items={[{ label: m.cash, colour: COLOURS.cash }, { label: m.pointsValue, colour: COLOURS.points }]} />
      <FigureTable caption={m.title} testId="performance-daily-table" headers={[{ label: m.day }, { label: m.rewards, align: "end" }, { label: m.cash, align: "end" }, { label: m.points, align: "end" }, { label: m.cost, align: "end" }]}>
          {days.map((d) => (
            <tr key={d.day} className="group/row">
              <td className={dayCell}>{d.day}</td>
              <td className={right}>{f.count(d.rewards)}</td>
              <td className={right}>{f.money(d.cashFen)}</td>
              <td className={right}>{f.count(d.points)}</td>
              <td className={right}>{f.money(d.costFen)}</td>
            </tr>
          ))}
      </FigureTable>
    </div>
  );
}

export interface BurnChartPoint {
  day: string;
  planFen: number;
  actualFen: number | null;
  forecastFen: number | null;
}

export function BurnChart({ points, budgetFen, exhaustionDay }: { points: BurnChartPoint[]; budgetFen: number; exhaustionDay: string | null }) {
  const m = useMessages("promotionPerformance").burn;
  const f = useFormat();
  const shown = points.filter((p) => p.actualFen !== null || p.forecastFen !== null);
  return (
    <div className="flex flex-col gap-3" data-testid="performance-burn">
      <div aria-hidden className="h-64 w-full">
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={points} margin={{ top: 8, right: 16, bottom: 0, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="day" tickFormatter={tickDay} fontSize={11} minTickGap={16} />
            <YAxis fontSize={11} width={64} tickFormatter={f.axisMoney} domain={[0, (max: number) => Math.max(max, budgetFen)]} />
            <Tooltip formatter={(v) => f.money(Number(v))} />
            <ReferenceLine y={budgetFen} stroke="#b42318" strokeDasharray="2 4" />
            {exhaustionDay ? <ReferenceLine x={exhaustionDay} stroke={COLOURS.forecast} strokeDasharray="2 4" /> : null}
            <Line dataKey="planFen" name={m.plan} stroke={COLOURS.plan} dot={false} strokeWidth={1.5} isAnimationActive={false} />
            <Line dataKey="actualFen" name={m.actual} stroke={COLOURS.actual} dot={false} strokeWidth={2.5} connectNulls={false} isAnimationActive={false} />
            <Line dataKey="forecastFen" name={m.forecast} stroke={COLOURS.forecast} strokeDasharray="6 4" dot={false} strokeWidth={2} connectNulls={false} isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <Legend items={[{ label: m.plan, colour: COLOURS.plan }, { label: m.actual, colour: COLOURS.actual }, { label: m.forecast, colour: COLOURS.forecast, dashed: true }, { label: `${m.budget} ${f.money(budgetFen)}`, colour: "#b42318", dashed: true }]} />
      <FigureTable caption={m.title} testId="performance-burn-table" headers={[{ label: m.day }, { label: m.plan, align: "end" }, { label: m.actual, align: "end" }, { label: m.forecast, align: "end" }]}>
          {shown.map((p) => (
            <tr key={p.day} className="group/row">
              <td className={dayCell}>{p.day}</td>
              <td className={right}>{f.money(p.planFen)}</td>
              <td className={right}>{p.actualFen === null ? "—" : f.money(p.actualFen)}</td>
              <td className={right}>{p.forecastFen === null ? "—" : f.money(p.forecastFen)}</td>
            </tr>
          ))}
      </FigureTable>
    </div>
  );
}

export function ParticipantsChart({ days }: { days: { day: string; new: number; total: number }[] }) {
  const m = useMessages("promotionPerformance").participants;
  const f = useFormat();
  return (
    <div className="flex flex-col gap-3" data-testid="performance-participants">
      <div aria-hidden className="h-48 w-full">
        <ResponsiveContainer width="100%" height="100%">
          <AreaChart data={days} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="day" tickFormatter={tickDay} fontSize={11} minTickGap={12} />
            <YAxis fontSize={11} width={48} allowDecimals={false} tickFormatter={f.count} />
            <Tooltip formatter={(v) => f.count(Number(v))} />
            <Area dataKey="total" name={m.total} stroke={COLOURS.participants} fill={COLOURS.participants} fillOpacity={0.15} isAnimationActive={false} />
          </AreaChart>
        </ResponsiveContainer>
      </div>
      <FigureTable caption={m.title} testId="performance-participants-table" headers={[{ label: m.day }, { label: m.new, align: "end" }, { label: m.total, align: "end" }]}>
          {days.map((d) => (
            <tr key={d.day} className="group/row">
              <td className={dayCell}>{d.day}</td>
              <td className={right}>{f.count(d.new)}</td>
              <td className={right}>{f.count(d.total)}</td>
            </tr>
          ))}
      </FigureTable>
    </div>
  );
}
