"use client";
// The scatter itself (recharts): amount over time, inbound and outbound as two series, the rule's evidence
// as a third drawn on top and the triggering transaction as a diamond. The card around it carries the
// same data as a table for screen readers, so the chart is hidden from them.
import { CartesianGrid, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from "recharts";
import { useLocale, useMessages } from "@/lib/i18n/provider";

export interface ChartPoint {
  id: string;
  t: number;
  yuan: number;
  direction: "in" | "out";
  evidence: boolean;
  trigger: boolean;
  /** Preformatted on the server, in the viewer's language and Beijing time. */
  time: string;
  amount: string;
  type: string;
}

const COLOURS = { in: "#0f766e", out: "#64748b", evidence: "#dc2626", trigger: "#7c2d12" };

function tickTime(t: number, locale: string): string {
  return new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "zh-CN", { timeZone: "Asia/Shanghai", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hour12: false }).format(t);
}

function PointTooltip({ active, payload }: { active?: boolean; payload?: readonly { payload?: ChartPoint }[] }) {
  const point = active ? payload?.[0]?.payload : undefined;
  if (!point) return null;
  return (
    <div className="rounded-md border border-border bg-surface px-2 py-1 text-xs shadow-sm">
      <div className="num">{point.time}</div>
      <div>
        {point.type} · <span className="num font-medium">{point.amount}</span>
      </div>
    </div>
  );
}

export function TimelineChart({ points }: { points: ChartPoint[] }) {
  const m = useMessages("alertCase").timeline;
  const locale = useLocale();
  const plain = points.filter((p) => !p.evidence && !p.trigger);
  const series = [
    { key: "in", name: m.inbound, data: plain.filter((p) => p.direction === "in"), fill: COLOURS.in, shape: "circle" as const, size: 30 },
    { key: "out", name: m.outbound, data: plain.filter((p) => p.direction === "out"), fill: COLOURS.out, shape: "circle" as const, size: 30 },
    { key: "evidence", name: m.evidence, data: points.filter((p) => p.evidence && !p.trigger), fill: COLOURS.evidence, shape: "circle" as const, size: 90 },
    { key: "trigger", name: m.trigger, data: points.filter((p) => p.trigger), fill: COLOURS.trigger, shape: "diamond" as const, size: 160 },
  ];
  // The legend is ours, not recharts' (whose icons carry English aria-labels): the same words in the page's language.
  return (
    <div aria-hidden className="flex w-full flex-col gap-2">
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-ink-subtle">
        {series.map((s) => (
          <li key={s.key} className="inline-flex items-center gap-1.5">
            <span className={s.shape === "diamond" ? "inline-block size-2.5 rotate-45" : "inline-block size-2.5 rounded-full"} style={{ background: s.fill }} />
            {s.name}
          </li>
        ))}
      </ul>
      <div className="h-72 w-full">
        <ResponsiveContainer width="100%" height="100%">
          <ScatterChart margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="#e5e7eb" />
            <XAxis dataKey="t" type="number" scale="time" domain={["dataMin", "dataMax"]} tickFormatter={(t: number) => tickTime(t, locale)} tick={{ fontSize: 11 }} minTickGap={24} />
            <YAxis dataKey="yuan" type="number" name={m.amountAxis} tick={{ fontSize: 11 }} width={72} tickFormatter={(v: number) => v.toLocaleString(locale === "en" ? "en-US" : "zh-CN")} />
            <Tooltip content={<PointTooltip />} cursor={{ strokeDasharray: "3 3" }} />
            {series.map((s) => (
              <Scatter key={s.key} name={s.name} data={s.data} fill={s.fill} shape={s.shape} isAnimationActive={false} />
            ))}
          </ScatterChart>
        </ResponsiveContainer>
      </div>
    </div>
  );
}
