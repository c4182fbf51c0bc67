"use client";
// A finished backtest: alerts per day of the draft beside the live version (recharts), and the comparison
// table: alerts, volume change, true and false positives against the simulator's labels, precision and
// recall (lib/fraud/backtest/metrics.ts).
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { PlainTable, cellClassName } from "@/components/ui/plain-table";
import { formatShare } from "@/components/rules/param-format";
import type { RuleQuality } from "@/lib/fraud/backtest/metrics";
import { volumeChange } from "@/lib/fraud/backtest/result";
import { fill } from "@/lib/i18n/fill";
import { useLocale, useMessages } from "@/lib/i18n/provider";
import { formatCount } from "@/lib/money";

const DRAFT_COLOUR = "var(--color-brand-600)";
const LIVE_COLOUR = "var(--color-brand-200)";

export interface BacktestComparison {
  days: { day: string; draft: number; live: number }[];
  quality: { draft: RuleQuality; live: RuleQuality };
}

export function BacktestResult({ result, draftLabel, liveLabel }: { result: BacktestComparison; draftLabel: string; liveLabel: string }) {
  const rules = useMessages("rules");
  const m = rules.backtest;
  const locale = useLocale();
  const { draft, live } = result.quality;
  const count = (n: number) => formatCount(n, locale);
  const signed = (n: number) => (n > 0 ? `+${count(n)}` : count(n));
  const change = volumeChange(draft.alerts, live.alerts);
  const changeText = change.ratio === null ? fill(m.volumeNoBase, { delta: signed(change.delta) }) : fill(m.volumeValue, { delta: signed(change.delta), ratio: new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1, signDisplay: "exceptZero" }).format(change.ratio) });
  const recall = (q: RuleQuality) => (q.recall === null ? m.notApplicable : fill(m.recallValue, { value: formatShare(q.recall, locale, rules), caught: count(q.incidentsCaught), incidents: count(q.incidents) }));
  const rows: [string, string, string][] = [
    [m.alerts, count(draft.alerts), count(live.alerts)],
    [m.volumeChange, changeText, m.notApplicable],
    [m.truePositives, count(draft.truePositives), count(live.truePositives)],
    [m.falsePositives, count(draft.falsePositives), count(live.falsePositives)],
    [m.precision, formatShare(draft.precision, locale, rules), formatShare(live.precision, locale, rules)],
    [m.recall, recall(draft), recall(live)],
  ];
  return (
    <div className="flex flex-col gap-3" data-testid="backtest-result">
      <figure className="flex flex-col gap-1">
        <figcaption className="text-xs font-medium text-ink-muted">{m.chartTitle}</figcaption>
        <div className="h-52 w-full">
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={result.days} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="day" tickFormatter={(d: string) => d.slice(5)} fontSize={11} />
              <YAxis allowDecimals={false} fontSize={11} />
              <Tooltip />
              <Bar dataKey="draft" name={draftLabel} fill={DRAFT_COLOUR} />
              <Bar dataKey="live" name={liveLabel} fill={LIVE_COLOUR} />
            </BarChart>
          </ResponsiveContainer>
        </div>
        {/* Our own legend: recharts' names its icons in English ("legend icon") for screen readers. */}
        <ul className="flex flex-wrap gap-4 text-xs text-ink-muted">
          {[[draftLabel, DRAFT_COLOUR], [liveLabel, LIVE_COLOUR]].map(([label, colour]) => (
            <li key={label} className="flex items-center gap-1.5">
              <span aria-hidden className="inline-block size-2.5 rounded-sm" style={{ background: colour }} />
              {label}
            </li>
          ))}
        </ul>
      </figure>
      <div className="rounded-md border border-border">
        <PlainTable caption={m.title} headers={[{ label: m.metric }, { label: draftLabel, align: "end" }, { label: liveLabel, align: "end" }]} testId="backtest-table">
          {rows.map(([label, a, b]) => (
            <tr key={label} className="group/row">
              <td className={cellClassName}>{label}</td>
              <td className={`${cellClassName} text-right tabular-nums`}>{a}</td>
              <td className={`${cellClassName} text-right tabular-nums`}>{b}</td>
            </tr>
          ))}
        </PlainTable>
      </div>
      <details className="text-xs text-ink-subtle">
        <summary className="cursor-pointer">{m.day}</summary>
        <PlainTable caption={m.chartTitle} headers={[{ label: m.day }, { label: draftLabel, align: "end" }, { label: liveLabel, align: "end" }]}>
          {result.days.map((d) => (
            <tr key={d.day} className="group/row">
              <td className={`${cellClassName} tabular-nums`}>{d.day}</td>
              <td className={`${cellClassName} text-right tabular-nums`}>{count(d.draft)}</td>
              <td className={`${cellClassName} text-right tabular-nums`}>{count(d.live)}</td>
            </tr>
          ))}
        </PlainTable>
      </details>
      <p className="text-xs text-ink-subtle">{m.definitions}</p>
    </div>
  );
}
