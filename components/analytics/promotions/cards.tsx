// The promotion report's cards, each an async server component the page puts in its own Suspense boundary:
// the KPI tiles, the ranked table, cost beside incremental spend, and the daily cost by promotion. They read
// the period's report through lib/analytics/promotions/queries.ts (once per request, shared by the cards).
import Link from "next/link";
import { Download } from "lucide-react";
import type { ReactNode } from "react";
import { ChartCard } from "@/components/analytics/frame/chart-card";
import { CostVsIncrementalChart, DailyCostChart } from "@/components/analytics/promotions/lazy-charts";
import { PromotionStatusBadge } from "@/components/promotions/list/status-badge";
import { buttonClassName } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { cellClassName } from "@/components/ui/plain-table";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { Stat } from "@/components/ui/stat";
import type { DayRange } from "@/lib/analytics/period";
import { sortRows, type PromotionRow, type ReportSort } from "@/lib/analytics/promotions/read";
import { getDailyCost, getPromotionReport } from "@/lib/analytics/promotions/queries";
import { DataValue } from "@/lib/i18n/data-value";
import { fill } from "@/lib/i18n/fill";
import { getTranslator } from "@/lib/i18n/server";
import { CATALOGUES } from "@/lib/i18n/translate";
import type { Locale } from "@/lib/i18n/lookup";
import { formatCny, formatCnyPerYuan, formatCount } from "@/lib/money";
import { daysBetween } from "@/lib/time";

export interface ReportCardProps {
  range: DayRange;
  /** The comparison period, or null when the page compares with nothing. */
  compareRange: DayRange | null;
  /** The request's clock, shared by the cards so they read one report. */
  nowMs: number;
  /** The period's URL parameters (for the CSV links and the sort links). */
  params: Record<string, string>;
}

function formats(locale: Locale) {
  return {
    money: (fen: bigint | number) => formatCny(typeof fen === "bigint" ? fen : BigInt(Math.round(fen)), locale),
    signed: (fen: number) => (Math.round(fen) > 0 ? `+${formatCny(BigInt(Math.round(fen)), locale)}` : formatCny(BigInt(Math.round(fen)), locale)),
    count: (n: number) => formatCount(n, locale),
    /** A cost in fen per yuan, as yuan per yuan with four decimals. */
    perYuan: (fenPerYuan: number) => formatCnyPerYuan(fenPerYuan / 100, locale),
    percent: (share: number) => new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1, signDisplay: "exceptZero" }).format(share),
  };
}

async function strings() {
  const { locale } = await getTranslator();
  return { locale, m: CATALOGUES[locale].analyticsPromotions, f: formats(locale) };
}

const CSV_PARAMS = (props: ReportCardProps) => props.params;

/** The export route's address (as ChartCard's csvHref, which lives in a client module the server cannot call). */
const csvHref = (dataset: string, params: Record<string, string>) => `/api/analytics/export?${new URLSearchParams({ ...params, dataset }).toString()}`;

// ---- KPI tiles ----------------------------------------------------------------------------------------

export async function PromotionKpis(props: ReportCardProps) {
  const { m, f } = await strings();
  const report = await getPromotionReport(props.range.from, props.range.to, props.nowMs);
  const before = props.compareRange ? await getPromotionReport(props.compareRange.from, props.compareRange.to, props.nowMs) : null;
  const t = report.totals;
  const b = before?.totals ?? null;
  const change = (now: number | null, then: number | null): string => {
    if (!b) return m.kpi.noComparison;
    if (now === null || then === null) return fill(m.kpi.change, { change: "—" });
    if (then === 0) return now === 0 ? fill(m.kpi.change, { change: f.percent(0) }) : m.kpi.changeNew;
    return fill(m.kpi.change, { change: f.percent((now - then) / Math.abs(then)) });
  };
  const tiles: { id: string; label: string; value: ReactNode; hint: ReactNode }[] = [
    { id: "kpi-cost", label: m.kpi.cost, value: f.money(t.costFen), hint: <>{fill(m.kpi.costHint, { rewards: f.count(t.rewards) })} · {change(Number(t.costFen), b ? Number(b.costFen) : null)}</> },
    { id: "kpi-reach", label: m.kpi.reach, value: f.count(t.reach), hint: <>{m.kpi.reachHint} · {change(t.reach, b?.reach ?? null)}</> },
    {
      id: "kpi-incremental",
      label: m.kpi.incremental,
      value: t.measured > 0 ? f.signed(t.incrementalFen) : "—",
      hint: <>{fill(m.kpi.incrementalHint, { count: f.count(t.measured) })} · {change(t.measured > 0 ? t.incrementalFen : null, b && b.measured > 0 ? b.incrementalFen : null)}</>,
    },
    {
      id: "kpi-cost-per-yuan",
      label: m.kpi.costPerYuan,
      value: t.costPerIncrementalYuanFen === null ? m.kpi.noLift : f.perYuan(t.costPerIncrementalYuanFen),
      hint: <>{m.kpi.costPerYuanHint} · {change(t.costPerIncrementalYuanFen, b?.costPerIncrementalYuanFen ?? null)}</>,
    },
  ];
  return (
    <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 xl:grid-cols-4" data-testid="promotions-kpis">
      {tiles.map((tile) => (
        <Stat key={tile.id} label={tile.label} value={<span data-testid={tile.id}>{tile.value}</span>} hint={tile.hint} />
      ))}
    </div>
  );
}

// ---- The ranked table -----------------------------------------------------------------------------------

const right = `${cellClassName} text-right tabular-nums whitespace-nowrap`;

export async function PromotionRanking(props: ReportCardProps & { sort: ReportSort }) {
  const { locale, m, f } = await strings();
  const csvLabel = CATALOGUES[locale].analytics.chart.downloadCsv;
  const statusLabels = CATALOGUES[locale].promotions.status;
  const report = await getPromotionReport(props.range.from, props.range.to, props.nowMs);
  const rows = sortRows(report.rows, props.sort);
  const columns: { key: ReportSort | "promotion" | "status" | "rewards"; label: string; sortable: boolean }[] = [
    { key: "promotion", label: m.ranking.promotion, sortable: false },
    { key: "status", label: m.ranking.status, sortable: false },
    { key: "cost", label: m.ranking.cost, sortable: true },
    { key: "reach", label: m.ranking.reach, sortable: true },
    { key: "rewards", label: m.ranking.rewards, sortable: false },
    { key: "incremental", label: m.ranking.incremental, sortable: true },
    { key: "costPerYuan", label: m.ranking.costPerYuan, sortable: true },
  ];
  const sortHref = (sort: ReportSort) => `/analytics/promotions?${new URLSearchParams({ ...props.params, ...(sort === "cost" ? {} : { sort }) }).toString()}`;
  const notMeasured = <span className="text-ink-subtle">{m.ranking.notMeasured}</span>;
  return (
    <Card
      title={m.ranking.title}
      description={m.ranking.description}
      data-testid="promotions-ranking"
      className="analytics-card"
      actions={
        rows.length > 0 ? (
          <a href={csvHref("promotions-ranking", CSV_PARAMS(props))} download className={`${buttonClassName("ghost", "sm")} print:hidden`} data-testid="chart-csv" data-dataset="promotions-ranking">
            <Download aria-hidden />
            {csvLabel}
          </a>
        ) : null
      }
    >
      {rows.length === 0 ? (
        <p className="px-4 pb-4 text-sm text-ink-muted" data-testid="promotions-ranking-empty">{m.ranking.empty}</p>
      ) : (
        <ScrollRegion label={m.ranking.title} className="overflow-x-auto">
          <table className="w-full border-separate border-spacing-0" data-testid="promotions-ranking-table">
            <caption className="sr-only">{m.ranking.title}</caption>
            <thead>
              <tr>
                {columns.map((c, i) => (
                  <th
                    key={c.key}
                    scope="col"
                    aria-sort={c.sortable && c.key === props.sort ? (c.key === "costPerYuan" ? "ascending" : "descending") : undefined}
                    className={`h-9 border-b border-border bg-surface-muted px-3 text-xs font-medium whitespace-nowrap text-ink-muted ${i < 2 ? "text-left" : "text-right"}`}
                  >
                    {c.sortable ? (
                      <Link href={sortHref(c.key as ReportSort)} scroll={false} aria-label={fill(m.ranking.sortBy, { column: c.label })} className={c.key === props.sort ? "text-ink-strong underline" : "hover:text-ink-strong"} data-testid={`sort-${c.key}`}>
                        {c.label}
                        {c.key === props.sort ? (c.key === "costPerYuan" ? " ↑" : " ↓") : ""}
                      </Link>
                    ) : (
                      c.label
                    )}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r: PromotionRow) => (
                <tr key={r.id} className="group/row" data-testid="promotions-ranking-row" data-promotion={r.id}>
                  <th scope="row" className={`${cellClassName} text-left font-normal`}>
                    <Link href={`/promotions/${r.id}/performance`} className="text-brand-700 hover:underline" data-testid="promotion-performance-link">
                      <DataValue>{r.name}</DataValue>
                    </Link>
                  </th>
                  <td className={cellClassName}>
                    <PromotionStatusBadge status={r.status} label={statusLabels[r.status]} />
                  </td>
                  <td className={right} data-testid="row-cost">{f.money(r.costFen)}</td>
                  <td className={right} data-testid="row-reach">{f.count(r.reach)}</td>
                  <td className={right} data-testid="row-rewards">{f.count(r.rewards)}</td>
                  <td className={right} data-testid="row-incremental">{r.incrementalFen === null ? notMeasured : f.signed(r.incrementalFen)}</td>
                  <td className={right} data-testid="row-cost-per-yuan">{r.costPerIncrementalYuanFen === null ? notMeasured : f.perYuan(r.costPerIncrementalYuanFen)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      <p className="px-4 py-3 text-xs text-ink-subtle">{m.method}</p>
    </Card>
  );
}

// ---- Cost beside incremental spend ------------------------------------------------------------------------

export async function CostVsIncrementalCard(props: ReportCardProps) {
  const { m, f } = await strings();
  const report = await getPromotionReport(props.range.from, props.range.to, props.nowMs);
  const rows = report.rows;
  const c = m.costVsIncremental;
  return (
    <ChartCard
      title={c.title}
      description={c.description}
      csv={{ dataset: "promotions-ranking", params: CSV_PARAMS(props) }}
      testId="promotions-cost-vs-incremental"
      empty={rows.length === 0}
      emptyText={c.empty}
      table={{
        columns: [
          { key: "promotion", label: c.promotion },
          { key: "cost", label: c.cost, align: "end" },
          { key: "incremental", label: c.incremental, align: "end" },
        ],
        rows: rows.map((r) => ({
          promotion: <DataValue>{r.name}</DataValue>,
          cost: f.money(r.costFen),
          incremental: r.incrementalFen === null ? m.ranking.notMeasured : f.signed(r.incrementalFen),
        })),
      }}
    >
      <CostVsIncrementalChart points={rows.map((r) => ({ name: r.name, costFen: Number(r.costFen), incrementalFen: r.incrementalFen === null ? null : Math.round(r.incrementalFen) }))} />
    </ChartCard>
  );
}

// ---- Daily cost stacked by promotion ---------------------------------------------------------------------

export async function DailyCostCard(props: ReportCardProps) {
  const { m, f } = await strings();
  const daily = await getDailyCost(props.range.from, props.range.to);
  const report = await getPromotionReport(props.range.from, props.range.to, props.nowMs);
  const names = new Map(report.rows.map((r) => [r.id, r.name]));
  const ids = [...new Set(daily.map((d) => d.promotionId))].sort((a, b) => (names.get(a) ?? a).localeCompare(names.get(b) ?? b));
  const byDay = new Map<string, Map<string, bigint>>();
  for (const d of daily) {
    const day = byDay.get(d.day) ?? new Map<string, bigint>();
    day.set(d.promotionId, d.costFen);
    byDay.set(d.day, day);
  }
  const days = daysBetween(props.range.from, props.range.to);
  const d = m.daily;
  return (
    <ChartCard
      title={d.title}
      description={d.description}
      csv={{ dataset: "promotions-daily-cost", params: CSV_PARAMS(props) }}
      testId="promotions-daily-cost"
      empty={daily.length === 0}
      emptyText={d.empty}
      table={{
        columns: [{ key: "day", label: d.day }, ...ids.map((id) => ({ key: id, label: names.get(id) ?? id, align: "end" as const })), { key: "total", label: d.total, align: "end" }],
        rows: days
          .filter((day) => byDay.has(day))
          .map((day) => {
            const costs = byDay.get(day)!;
            const row: Record<string, ReactNode> = { day };
            for (const id of ids) row[id] = f.money(costs.get(id) ?? 0n);
            row.total = f.money([...costs.values()].reduce((a, b) => a + b, 0n));
            return row;
          }),
      }}
    >
      <DailyCostChart
        days={days.map((day) => {
          const costs = byDay.get(day);
          const point: Record<string, string | number> = { day };
          for (const id of ids) point[id] = Number(costs?.get(id) ?? 0n);
          return point;
        })}
        series={ids.map((id) => ({ key: id, name: names.get(id) ?? id }))}
      />
    </ChartCard>
  );
}
