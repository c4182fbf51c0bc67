// The fraud report's cards: each an async server component the page puts in its own Suspense boundary, so
// the cards stream in. They read the period's figures through lib/analytics/fraud/queries.ts (once per
// request however many cards ask), name rules as the rules pages do (the rule registry) and draw their charts
// as lazily loaded client islands inside a ChartCard, whose data table carries the same figures.
import type { ReactNode } from "react";
import { ChartCard } from "@/components/analytics/frame/chart-card";
import { ConfirmedChart, StackedAlertsChart } from "@/components/analytics/fraud/lazy-charts";
import { getAlertsPerDay, getConfirmedPerDay, getRuleOutcomes, getSummary } from "@/lib/analytics/fraud/queries";
import { SEVERITIES, rankFalsePositives, type Durations, type FraudSummary } from "@/lib/analytics/fraud/read";
import { changeAgainst, dailyStacks, durationParts, pointChange, seriesByVolume, type Change } from "@/lib/analytics/fraud/shape";
import type { DayRange } from "@/lib/analytics/period";
import { SEVERITY_COLORS, NEGATIVE_COLOR, seriesColor } from "@/lib/analytics/palette";
import { ruleName } from "@/lib/fraud/queue/rule-names";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/lookup";
import { getTranslator } from "@/lib/i18n/server";
import { CATALOGUES } from "@/lib/i18n/translate";
import { formatCny, formatCount } from "@/lib/money";

export interface FraudCardProps {
  range: DayRange;
  compareRange: DayRange | null;
  /** The period's URL parameters, for the CSV links. */
  params: Record<string, string>;
}

type M = (typeof CATALOGUES)["zh-CN"]["analyticsFraud"];

async function strings(): Promise<{ locale: Locale; m: M }> {
  const { locale } = await getTranslator();
  return { locale, m: CATALOGUES[locale].analyticsFraud };
}

function formats(locale: Locale, m: M) {
  const percentFormat = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 });
  const pointFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  return {
    count: (n: number) => formatCount(n, locale),
    money: (fen: bigint | number) => formatCny(typeof fen === "bigint" ? fen : BigInt(Math.round(fen)), locale),
    percent: (share: number) => percentFormat.format(share),
    points: (share: number) => pointFormat.format(share * 100),
    duration: (seconds: number | null) => {
      if (seconds === null) return m.kpi.none;
      if (seconds < 60) return m.duration.seconds;
      const { days, hours, minutes } = durationParts(seconds);
      if (days > 0) return fill(m.duration.daysHours, { d: days, h: hours });
      if (hours > 0) return fill(m.duration.hoursMinutes, { h: hours, m: minutes });
      return fill(m.duration.minutes, { m: minutes });
    },
  };
}

function changeText(change: Change, m: M, format: (ratio: number) => string, points = false): string {
  switch (change.kind) {
    case "off":
      return m.change.off;
    case "none":
      return m.change.none;
    case "same":
      return m.change.same;
    case "up":
      return fill(points ? m.change.pointsUp : m.change.up, { change: format(change.ratio) });
    case "down":
      return fill(points ? m.change.pointsDown : m.change.down, { change: format(change.ratio) });
  }
}

function Kpi({ label, value, raw, change, hint, testId }: { label: string; value: ReactNode; raw: string; change: string; hint: ReactNode; testId: string }) {
  return (
    <div className="relative min-w-0 rounded-lg border border-border bg-surface px-4 py-3 shadow-xs" data-testid={testId}>
      <span className="block truncate text-xs font-medium text-ink-muted">{label}</span>
      <span className="num mt-1.5 block truncate text-2xl leading-8 font-semibold tracking-tight text-ink-strong" data-testid={`${testId}-value`} data-value={raw}>
        {value}
      </span>
      <span className="mt-0.5 block text-xs text-ink-muted" data-testid={`${testId}-change`}>
        {change}
      </span>
      <span className="mt-0.5 block text-xs text-ink-subtle">{hint}</span>
    </div>
  );
}

/** A table figure with its number in data-value (what the e2e test reads, whatever the language's digits). */
function Figure({ rule, col, value, text }: { rule: string; col: string; value: number; text: string }) {
  return (
    <span data-rule={rule} data-col={col} data-value={value}>
      {text}
    </span>
  );
}

const durationOf = (d: Durations, key: "medianSeconds" | "p90Seconds") => (d.count > 0 ? d[key] : null);

/** The KPI tiles with their change against the comparison period. */
export async function FraudKpis({ range, compareRange }: FraudCardProps) {
  const { locale, m } = await strings();
  const f = formats(locale, m);
  const now: FraudSummary = await getSummary(range.from, range.to);
  const before: FraudSummary | undefined = compareRange ? await getSummary(compareRange.from, compareRange.to) : undefined;
  const relative = (pick: (s: FraudSummary) => number | null) => changeText(changeAgainst(pick(now), before === undefined ? undefined : pick(before)), m, f.percent);
  return (
    <div className="analytics-card grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3 2xl:grid-cols-6" data-testid="fraud-kpis">
      <Kpi label={m.kpi.alerts} value={f.count(now.alerts)} raw={String(now.alerts)} change={relative((s) => s.alerts)} hint={fill(m.kpi.alertsHint, { open: f.count(now.open) })} testId="kpi-alerts" />
      <Kpi
        label={m.kpi.confirmed}
        value={f.count(now.confirmed)}
        raw={String(now.confirmed)}
        change={relative((s) => s.confirmed)}
        hint={fill(m.kpi.confirmedHint, { count: f.count(now.confirmed), transactions: f.count(now.confirmedTransactions) })}
        testId="kpi-confirmed"
      />
      <Kpi label={m.kpi.confirmedValue} value={f.money(now.confirmedFen)} raw={String(now.confirmedFen)} change={relative((s) => Number(s.confirmedFen))} hint={m.kpi.confirmedValueHint} testId="kpi-confirmed-value" />
      <Kpi
        label={m.kpi.falsePositiveRate}
        value={now.falsePositiveRate === null ? m.kpi.none : f.percent(now.falsePositiveRate)}
        raw={now.falsePositiveRate === null ? "" : String(now.falsePositiveRate)}
        change={changeText(pointChange(now.falsePositiveRate, before === undefined ? undefined : before.falsePositiveRate), m, f.points, true)}
        hint={now.decided > 0 ? fill(m.kpi.falsePositiveRateHint, { fp: f.count(now.falsePositive), decided: f.count(now.decided) }) : m.kpi.noDecisions}
        testId="kpi-false-positive-rate"
      />
      <Kpi
        label={m.kpi.firstAction}
        value={f.duration(durationOf(now.firstAction, "medianSeconds"))}
        raw={String(durationOf(now.firstAction, "medianSeconds") ?? "")}
        change={relative((s) => durationOf(s.firstAction, "medianSeconds"))}
        hint={fill(m.kpi.firstActionHint, { p90: f.duration(durationOf(now.firstAction, "p90Seconds")), count: f.count(now.firstAction.count) })}
        testId="kpi-first-action"
      />
      <Kpi
        label={m.kpi.frozen}
        value={f.money(now.frozenFen)}
        raw={String(now.frozenFen)}
        change={relative((s) => Number(s.frozenFen))}
        hint={fill(m.kpi.frozenHint, { wallets: f.count(now.frozenWallets) })}
        testId="kpi-frozen"
      />
    </div>
  );
}

/** Alerts per day stacked by rule. */
export async function AlertsByRuleCard({ range, params }: FraudCardProps) {
  const { locale, m } = await strings();
  const f = formats(locale, m);
  const rows = await getAlertsPerDay(range.from, range.to);
  const rules = seriesByVolume(rows, (r) => r.ruleCode);
  const days = dailyStacks(range, rows, (r) => r.ruleCode, rules);
  const names = new Map(rules.map((code) => [code, ruleName(code, locale)]));
  const series = rules.map((code, i) => ({ key: code, label: names.get(code) ?? code, color: seriesColor(i) }));
  return (
    <ChartCard
      title={m.byRule.title}
      description={m.byRule.description}
      csv={{ dataset: "fraud-alerts-daily", params }}
      empty={rows.length === 0}
      emptyText={m.byRule.empty}
      testId="fraud-by-rule"
      table={{
        columns: [{ key: "day", label: m.byRule.day }, ...series.map((s) => ({ key: s.key, label: s.label, align: "right" as const })), { key: "total", label: m.byRule.total, align: "right" }],
        rows: days.map((d) => ({ day: d.day, total: f.count(d.total), ...Object.fromEntries(rules.map((code) => [code, f.count(Number(d[code]))])) })),
      }}
    >
      <StackedAlertsChart days={days} series={series} />
    </ChartCard>
  );
}

/** Alerts per day stacked by severity. */
export async function AlertsBySeverityCard({ range, params }: FraudCardProps) {
  const { locale, m } = await strings();
  const f = formats(locale, m);
  const rows = await getAlertsPerDay(range.from, range.to);
  const days = dailyStacks(range, rows, (r) => r.severity, SEVERITIES);
  const series = SEVERITIES.map((s) => ({ key: s, label: m.severity[s], color: SEVERITY_COLORS[s] }));
  return (
    <ChartCard
      title={m.bySeverity.title}
      description={m.bySeverity.description}
      csv={{ dataset: "fraud-alerts-daily", params }}
      empty={rows.length === 0}
      emptyText={m.bySeverity.empty}
      testId="fraud-by-severity"
      table={{
        columns: [{ key: "day", label: m.bySeverity.day }, ...series.map((s) => ({ key: s.key, label: s.label, align: "right" as const })), { key: "total", label: m.bySeverity.total, align: "right" }],
        rows: days.map((d) => ({ day: d.day, total: f.count(d.total), ...Object.fromEntries(SEVERITIES.map((s) => [s, f.count(Number(d[s]))])) })),
      }}
    >
      <StackedAlertsChart days={days} series={series} />
    </ChartCard>
  );
}

/** Confirmed fraud per day raised: count and the value of the distinct transactions. */
export async function ConfirmedCard({ range, params }: FraudCardProps) {
  const { locale, m } = await strings();
  const f = formats(locale, m);
  const rows = await getConfirmedPerDay(range.from, range.to);
  const byDay = new Map(rows.map((r) => [r.day, r]));
  const days = dailyStacks(range, [], () => "", []).map(({ day }) => {
    const r = byDay.get(day);
    return { day, alerts: r?.alerts ?? 0, confirmed: r?.confirmed ?? 0, confirmedFen: r?.confirmedFen ?? 0n };
  });
  return (
    <ChartCard
      title={m.confirmed.title}
      description={m.confirmed.description}
      csv={{ dataset: "fraud-confirmed-daily", params }}
      empty={rows.length === 0}
      emptyText={m.confirmed.empty}
      testId="fraud-confirmed"
      table={{
        columns: [
          { key: "day", label: m.confirmed.day },
          { key: "alerts", label: m.confirmed.alerts, align: "right" },
          { key: "confirmed", label: m.confirmed.confirmed, align: "right" },
          { key: "value", label: m.confirmed.value, align: "right" },
        ],
        rows: days.map((d) => ({ day: d.day, alerts: f.count(d.alerts), confirmed: f.count(d.confirmed), value: f.money(d.confirmedFen) })),
      }}
    >
      <ConfirmedChart days={days.map((d) => ({ day: d.day, confirmed: d.confirmed, confirmedFen: Number(d.confirmedFen) }))} />
    </ChartCard>
  );
}

/** The rules ranked by false-positive rate, each with a bar; every rule's counts in the table. */
export async function FalsePositiveCard({ range, params }: FraudCardProps) {
  const { locale, m } = await strings();
  const f = formats(locale, m);
  const outcomes = await getRuleOutcomes(range.from, range.to);
  const ranked = rankFalsePositives(outcomes);
  const undecided = outcomes.filter((o) => o.decided === 0).sort((a, b) => b.alerts - a.alerts);
  const t = m.falsePositives;
  return (
    <ChartCard
      title={t.title}
      description={t.description}
      csv={{ dataset: "fraud-rules", params }}
      empty={outcomes.length === 0}
      emptyText={m.byRule.empty}
      testId="fraud-false-positives"
      table={{
        columns: [
          { key: "rule", label: t.rule },
          { key: "alerts", label: t.alerts, align: "right" },
          { key: "decided", label: t.decided, align: "right" },
          { key: "confirmed", label: t.confirmed, align: "right" },
          { key: "falsePositive", label: t.falsePositive, align: "right" },
          { key: "rate", label: t.rate, align: "right" },
        ],
        rows: [...ranked, ...undecided].map((o) => ({
          rule: <span data-rule={o.ruleCode}>{ruleName(o.ruleCode, locale)}</span>,
          alerts: <Figure rule={o.ruleCode} col="alerts" value={o.alerts} text={f.count(o.alerts)} />,
          decided: <Figure rule={o.ruleCode} col="decided" value={o.decided} text={f.count(o.decided)} />,
          confirmed: <Figure rule={o.ruleCode} col="confirmed" value={o.confirmed} text={f.count(o.confirmed)} />,
          falsePositive: <Figure rule={o.ruleCode} col="falsePositive" value={o.falsePositive} text={f.count(o.falsePositive)} />,
          rate: o.falsePositiveRate === null ? m.kpi.none : f.percent(o.falsePositiveRate),
        })),
      }}
    >
      {ranked.length === 0 ? (
        <p className="py-8 text-center text-sm text-ink-muted" data-testid="fraud-none-decided">
          {t.empty}
        </p>
      ) : (
        <ol aria-hidden className="flex flex-col gap-2" data-testid="fraud-false-positive-bars">
          {ranked.map((o) => (
            <li key={o.ruleCode} className="grid grid-cols-[minmax(8rem,14rem)_1fr_4.5rem] items-center gap-3 text-sm">
              <span className="truncate text-ink">{ruleName(o.ruleCode, locale)}</span>
              <span className="h-3 rounded-sm bg-surface-muted">
                <span className="block h-3 rounded-sm" style={{ width: `${Math.max(o.falsePositiveRate * 100, 0.5)}%`, background: NEGATIVE_COLOR }} />
              </span>
              <span className="text-right tabular-nums text-ink-muted">
                {f.percent(o.falsePositiveRate)}
                <span className="block text-xs text-ink-subtle">
                  {f.count(o.falsePositive)}/{f.count(o.decided)}
                </span>
              </span>
            </li>
          ))}
        </ol>
      )}
    </ChartCard>
  );
}

/** Time to first action and to resolution: median and p90, as a small table with bars. */
export async function TimingCard({ range }: FraudCardProps) {
  const { locale, m } = await strings();
  const f = formats(locale, m);
  const summary = await getSummary(range.from, range.to);
  const t = m.timing;
  const measures = [
    { key: "firstAction", label: t.firstAction, d: summary.firstAction },
    { key: "resolution", label: t.resolution, d: summary.resolution },
  ];
  const longest = Math.max(1, ...measures.map((x) => x.d.p90Seconds ?? 0));
  return (
    <ChartCard
      title={t.title}
      description={t.description}
      empty={summary.firstAction.count === 0}
      emptyText={t.empty}
      testId="fraud-timing"
      table={{
        columns: [
          { key: "measure", label: t.measure },
          { key: "count", label: t.count, align: "right" },
          { key: "median", label: t.median, align: "right" },
          { key: "p90", label: t.p90, align: "right" },
        ],
        rows: measures.map((x) => ({ measure: x.label, count: f.count(x.d.count), median: f.duration(durationOf(x.d, "medianSeconds")), p90: f.duration(durationOf(x.d, "p90Seconds")) })),
      }}
    >
      <dl aria-hidden className="flex flex-col gap-4">
        {measures.map((x) => (
          <div key={x.key} className="flex flex-col gap-1.5">
            <dt className="flex items-baseline justify-between text-sm text-ink">
              {x.label}
              <span className="text-xs text-ink-subtle tabular-nums">{f.count(x.d.count)}</span>
            </dt>
            {(["medianSeconds", "p90Seconds"] as const).map((key, i) => {
              const value = durationOf(x.d, key);
              return (
                <dd key={key} className="grid grid-cols-[3rem_1fr_7rem] items-center gap-2 text-xs">
                  <span className="text-ink-muted">{key === "medianSeconds" ? t.median : t.p90}</span>
                  <span className="h-2.5 rounded-sm bg-surface-muted">
                    <span className="block h-2.5 rounded-sm" style={{ width: `${value === null ? 0 : Math.max((value / longest) * 100, 0.5)}%`, background: seriesColor(i) }} />
                  </span>
                  <span className="text-right tabular-nums text-ink">{f.duration(value)}</span>
                </dd>
              );
            })}
          </div>
        ))}
      </dl>
    </ChartCard>
  );
}
