// The transaction analytics page's cards, each an async server component the page puts in its own Suspense
// boundary so they stream in: the KPI tiles with their change against the comparison period, volume and
// value over time, by channel, by merchant category, the ranked provinces with inline bars, and the
// hour-of-day x weekday heat map (a CSS grid on a linear colour scale). Figures come from
// lib/analytics/transactions/queries.ts (the rollups only); every chart has its table and CSV.
import type { ReactNode } from "react";
import { ChartCard } from "@/components/analytics/frame/chart-card";
import { BreakdownChart, VolumeValueChart } from "@/components/analytics/transactions/lazy-charts";
import type { AnalyticsFilters } from "@/lib/analytics/filters";
import type { AnalyticsPeriod } from "@/lib/analytics/period";
import { heatColor, HEAT_SCALE, NEGATIVE_COLOR, POSITIVE_COLOR, PRIMARY_COLOR } from "@/lib/analytics/palette";
import { readByCategory, readByChannel, readByProvince, readHeatmap, readKpis, readSeries, type BreakdownRow } from "@/lib/analytics/transactions/queries";
import { averageTicketFen, direction, kpiValues, relativeChange, type KpiKey } from "@/lib/analytics/transactions/shape";
import { db } from "@/lib/db";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/lookup";
import { provinceName } from "@/lib/i18n/regions";
import { getTranslator } from "@/lib/i18n/server";
import { CATALOGUES } from "@/lib/i18n/translate";
import { formatCny, formatCount } from "@/lib/money";
import { shanghaiDay } from "@/lib/time";

export interface TransactionCardProps {
  period: AnalyticsPeriod;
  filters: AnalyticsFilters;
  /** The request's clock, shared by the cards. */
  nowMs: number;
  /** The period's and filters' URL parameters (for the CSV links). */
  params: Record<string, string>;
}

function formats(locale: Locale) {
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 });
  return {
    money: (fen: bigint | number) => formatCny(typeof fen === "bigint" ? fen : BigInt(Math.round(fen)), locale),
    count: (n: number) => formatCount(n, locale),
    decimal: (n: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(n),
    ratio: (n: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(n),
    percent: (share: number) => percent.format(share),
  };
}

async function strings() {
  const { locale } = await getTranslator();
  const catalogue = CATALOGUES[locale];
  return { locale, m: catalogue.analytics.transactions, tx: catalogue.transactions, f: formats(locale) };
}

// ---- KPI tiles ----------------------------------------------------------------------------------------

function Change({ change, label, none, words }: { change: number | null; label: string; none: string; words: Record<"up" | "down" | "flat", string> }) {
  if (change === null) return <span className="text-ink-subtle" data-change="none">{none}</span>;
  const dir = direction(change);
  const sign = dir === "up" ? "▲" : dir === "down" ? "▼" : "■";
  const colour = dir === "up" ? POSITIVE_COLOR : dir === "down" ? NEGATIVE_COLOR : undefined;
  const text = new Intl.NumberFormat("en", { style: "percent", maximumFractionDigits: 1, signDisplay: "exceptZero" }).format(change);
  return (
    <span data-change={dir}>
      <span className="font-medium tabular-nums" style={colour ? { color: colour } : undefined}>
        <span aria-hidden>{sign} </span>
        <span className="sr-only">{words[dir]} </span>
        {text}
      </span>{" "}
      <span className="text-ink-subtle">{label}</span>
    </span>
  );
}

/** `raw` is the figure unformatted (counts, fen, fractions) in data-value, for tests and tools. */
function KpiTile({ id, label, value, raw, change, hint }: { id: KpiKey; label: string; value: ReactNode; raw: string; change: ReactNode; hint: ReactNode }) {
  return (
    <div className="relative min-w-0 rounded-lg border border-border bg-surface px-4 py-3 shadow-xs" data-testid={`kpi-${id}`}>
      <span className="block truncate text-xs font-medium text-ink-muted">{label}</span>
      <span className="num mt-1.5 block truncate text-2xl leading-8 font-semibold tracking-tight text-ink-strong" data-testid={`kpi-${id}-value`} data-value={raw}>
        {value}
      </span>
      <span className="mt-0.5 block text-xs">{change}</span>
      <span className="mt-0.5 block text-xs text-ink-subtle">{hint}</span>
    </div>
  );
}

export async function TransactionKpis({ period, filters, nowMs }: TransactionCardProps) {
  const { m, f } = await strings();
  const k = await readKpis(db, period, filters, new Date(nowMs));
  const now = kpiValues(k.current);
  const then = k.comparison ? kpiValues(k.comparison) : null;
  const changeLabel = period.comparison === "year" ? m.change.year : m.change.previous;
  const change = (key: KpiKey) => <Change change={then ? relativeChange(now[key], then[key]) : null} label={changeLabel} none={m.change.none} words={m.change} />;
  const c = k.current;
  const ticket = averageTicketFen(c.count, c.valueFen);
  const crossValueShare = c.crossBorderFen !== null && c.valueFen > 0n ? Number(c.crossBorderFen) / Number(c.valueFen) : null;
  return (
    <section aria-label={m.kpi.label} className="analytics-card flex flex-col gap-2" data-testid="tx-kpis" data-mode={k.mode}>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 xl:grid-cols-4">
        <KpiTile id="count" raw={String(c.count)} label={m.kpi.count} value={f.count(c.count)} change={change("count")} hint={m.kpi.countHint} />
        <KpiTile id="value" raw={String(c.valueFen)} label={m.kpi.value} value={f.money(c.valueFen)} change={change("value")} hint={m.kpi.valueHint} />
        <KpiTile id="averageTicket" raw={ticket === null ? "" : String(ticket)} label={m.kpi.averageTicket} value={ticket === null ? "—" : f.money(ticket)} change={change("averageTicket")} hint={m.kpi.averageTicketHint} />
        <KpiTile
          id="crossBorder"
          raw={c.crossBorderCount === null ? "" : `${c.crossBorderCount}/${c.count}`}
          label={m.kpi.crossBorder}
          value={now.crossBorder === null ? "—" : f.percent(now.crossBorder)}
          change={change("crossBorder")}
          hint={fill(m.kpi.crossBorderHint, { valueShare: crossValueShare === null ? "—" : f.percent(crossValueShare) })}
        />
        <KpiTile
          id="topUpVsSpend"
          raw={`${c.topUpFen}/${c.spendFen}`}
          label={m.kpi.topUpVsSpend}
          value={<span className="block whitespace-normal text-base leading-6">{fill(m.kpi.topUpVsSpendValue, { topUp: f.money(c.topUpFen), spend: f.money(c.spendFen) })}</span>}
          change={change("topUpVsSpend")}
          hint={fill(m.kpi.topUpVsSpendHint, { ratio: now.topUpVsSpend === null ? m.kpi.noRatio : f.ratio(now.topUpVsSpend) })}
        />
        <KpiTile id="activeWallets" raw={c.activeWalletDays === null ? "" : `${c.activeWalletDays}/${c.days}`} label={m.kpi.activeWallets} value={now.activeWallets === null ? "—" : f.decimal(now.activeWallets)} change={change("activeWallets")} hint={m.kpi.activeWalletsHint} />
        <KpiTile id="newWallets" raw={String(c.newWallets ?? 0)} label={m.kpi.newWallets} value={f.count(c.newWallets ?? 0)} change={change("newWallets")} hint={m.kpi.newWalletsHint} />
      </div>
      {k.mode === "sameHours" ? (
        <p className="text-xs text-ink-subtle" data-testid="tx-kpis-note">
          {fill(m.change.todayNote, { hour: String(k.untilHour + 1).padStart(2, "0") })}
        </p>
      ) : k.mode === "wholeDay" ? (
        <p className="text-xs text-ink-subtle" data-testid="tx-kpis-note">
          {m.change.wholeDay}
        </p>
      ) : null}
    </section>
  );
}

// ---- Volume and value over time -----------------------------------------------------------------------

export async function TransactionSeriesCard({ period, filters, nowMs, params }: TransactionCardProps) {
  const { m, f } = await strings();
  const s = await readSeries(db, period, filters, shanghaiDay(new Date(nowMs)));
  const hourly = s.granularity === "hour";
  const hasCompare = period.compareRange !== null && !s.comparisonUnavailable;
  const empty = s.points.every((p) => p.count === 0);
  const festivals = s.festivals.map((x) => ({ x1: x.x1, x2: x.x2, label: m.festival[x.kind] }));
  const description = (
    <>
      {hourly ? m.series.descriptionHourly : m.series.descriptionDaily}
      {s.comparisonUnavailable ? ` ${m.series.comparisonUnavailable}` : ""}
      {s.festivals.length > 0 ? ` ${m.series.festivals}: ${s.festivals.map((x) => `${m.festival[x.kind]} ${x.from === x.to ? x.from : `${x.from}–${x.to}`}`).join(", ")}` : ""}
    </>
  );
  return (
    <ChartCard
      title={m.series.title}
      description={description}
      testId="tx-series"
      empty={empty}
      csv={{ dataset: "tx-series", params }}
      table={{
        columns: [
          { key: "label", label: hourly ? m.series.hour : m.series.day },
          { key: "count", label: m.series.count, align: "right" },
          { key: "value", label: m.series.value, align: "right" },
          ...(hasCompare
            ? [
                { key: "compareKey", label: m.series.compareDay },
                { key: "compareCount", label: m.series.compareCount, align: "right" as const },
                { key: "compareValue", label: m.series.compareValue, align: "right" as const },
              ]
            : []),
        ],
        rows: s.points.map((p) => ({
          label: hourly ? p.label : p.key,
          count: f.count(p.count),
          value: f.money(p.valueFen),
          compareKey: p.compareKey === null ? "—" : hourly ? hourText(p.compareKey) : p.compareKey,
          compareCount: p.compareCount === null ? "—" : f.count(p.compareCount),
          compareValue: p.compareValueFen === null ? "—" : f.money(p.compareValueFen),
        })),
      }}
    >
      <VolumeValueChart points={s.points} festivals={festivals} showComparison={hasCompare} />
    </ChartCard>
  );
}

function hourText(iso: string): string {
  const shifted = new Date(Date.parse(iso) + 8 * 3_600_000).toISOString();
  return `${shifted.slice(0, 10)} ${shifted.slice(11, 13)}:00`;
}

// ---- By channel and by merchant category ----------------------------------------------------------------

function breakdownTable(rows: BreakdownRow[], name: (key: string) => ReactNode, labels: { key: string; count: string; value: string; share: string; compareValue: string | null }, f: ReturnType<typeof formats>) {
  const columns = [
    { key: "name", label: labels.key },
    { key: "count", label: labels.count, align: "right" as const },
    { key: "value", label: labels.value, align: "right" as const },
    { key: "share", label: labels.share, align: "right" as const },
    ...(labels.compareValue ? [{ key: "compareValue", label: labels.compareValue, align: "right" as const }] : []),
  ];
  return {
    columns,
    rows: rows.map((r) => ({
      name: name(r.key),
      count: f.count(r.count),
      value: f.money(r.amountFen),
      share: f.percent(r.share),
      compareValue: r.compareAmountFen === null ? "—" : f.money(r.compareAmountFen),
    })),
  };
}

export async function TransactionChannelCard({ period, filters, params }: TransactionCardProps) {
  const { m, tx, f } = await strings();
  const rows = await readByChannel(db, period, filters);
  const label = (key: string) => (tx.channel as Record<string, string>)[key] ?? key;
  const compare = period.compareRange !== null;
  return (
    <ChartCard
      title={m.channel.title}
      description={m.channel.description}
      testId="tx-channels"
      empty={rows.length === 0}
      csv={{ dataset: "tx-channels", params }}
      table={breakdownTable(rows, label, { key: m.channel.channel, count: m.channel.count, value: m.channel.value, share: m.channel.share, compareValue: compare ? m.channel.compareValue : null }, f)}
    >
      <BreakdownChart testId="tx-channels-chart" showComparison={compare} rows={rows.map((r) => ({ label: label(r.key), valueFen: Number(r.amountFen), compareValueFen: r.compareAmountFen === null ? null : Number(r.compareAmountFen) }))} />
    </ChartCard>
  );
}

const TOP_CATEGORIES = 12;

export async function TransactionCategoryCard({ period, filters, params }: TransactionCardProps) {
  const { m, tx, f } = await strings();
  const rows = await readByCategory(db, period, filters);
  const label = (key: string) => (tx.mcc as Record<string, string>)[key] ?? key;
  const compare = period.compareRange !== null;
  const table = breakdownTable(
    rows,
    (key) => (
      <>
        {label(key)} <span className="text-ink-subtle tabular-nums">{key}</span>
      </>
    ),
    { key: m.category.category, count: m.category.count, value: m.category.value, share: m.category.share, compareValue: compare ? m.channel.compareValue : null },
    f,
  );
  return (
    <ChartCard title={m.category.title} description={m.category.description} testId="tx-categories" empty={rows.length === 0} csv={{ dataset: "tx-categories", params }} table={table}>
      <BreakdownChart
        testId="tx-categories-chart"
        showComparison={compare}
        rows={rows.slice(0, TOP_CATEGORIES).map((r) => ({ label: label(r.key), valueFen: Number(r.amountFen), compareValueFen: r.compareAmountFen === null ? null : Number(r.compareAmountFen) }))}
      />
    </ChartCard>
  );
}

// ---- By province: a ranked table with inline bars --------------------------------------------------------

export async function TransactionProvinceCard({ period, filters, params }: TransactionCardProps) {
  const { m, locale, f } = await strings();
  const rows = await readByProvince(db, period, filters);
  const name = (key: string) => (key === "" ? m.province.unknown : provinceName(key, locale));
  const top = rows[0]?.amountFen ?? 0n;
  return (
    <ChartCard
      title={m.province.title}
      description={m.province.description}
      testId="tx-provinces"
      empty={rows.length === 0}
      csv={{ dataset: "tx-provinces", params }}
      table={{
        columns: [
          { key: "rank", label: m.province.rank, align: "right" },
          { key: "province", label: m.province.province },
          { key: "count", label: m.province.count, align: "right" },
          { key: "value", label: m.province.value, align: "right" },
          { key: "share", label: m.province.share, align: "right" },
        ],
        rows: rows.map((r, i) => ({ rank: String(i + 1), province: name(r.key), count: f.count(r.count), value: f.money(r.amountFen), share: f.percent(r.share) })),
      }}
    >
      <ol aria-hidden className="flex max-h-96 flex-col gap-1 overflow-y-auto text-sm" data-testid="tx-provinces-bars">
        {rows.map((r, i) => (
          <li key={r.key} className="grid grid-cols-[2rem_7rem_1fr_auto] items-center gap-2">
            <span className="text-right text-xs text-ink-subtle tabular-nums">{i + 1}</span>
            <span className="truncate">{name(r.key)}</span>
            <span className="h-3 rounded-sm bg-surface-muted">
              <span className="block h-3 rounded-sm" style={{ width: `${top === 0n ? 0 : (Number(r.amountFen) / Number(top)) * 100}%`, background: PRIMARY_COLOR }} />
            </span>
            <span className="text-right text-xs tabular-nums">
              {f.money(r.amountFen)} <span className="text-ink-subtle">{f.percent(r.share)}</span>
            </span>
          </li>
        ))}
      </ol>
    </ChartCard>
  );
}

// ---- Hour of day x weekday ------------------------------------------------------------------------------

/** Monday first, as a Chinese calendar reads; weekday numbers stay 0 = Sunday. */
const WEEK_ORDER = [1, 2, 3, 4, 5, 6, 0];

export async function TransactionHeatmapCard({ period, filters, params }: TransactionCardProps) {
  const { m, f } = await strings();
  const grid = await readHeatmap(db, period, filters);
  const empty = grid.every((row) => row.every((c) => c.count === 0));
  const hours = Array.from({ length: 24 }, (_, h) => h);
  return (
    <ChartCard
      title={m.heatmap.title}
      description={m.heatmap.description}
      testId="tx-heatmap"
      empty={empty}
      csv={{ dataset: "tx-heatmap", params }}
      table={{
        columns: [{ key: "weekday", label: m.heatmap.weekday }, ...hours.map((h) => ({ key: `h${h}`, label: String(h), align: "right" as const }))],
        rows: WEEK_ORDER.map((w) => ({ weekday: m.heatmap.weekdays[w], ...Object.fromEntries(grid[w]!.map((c) => [`h${c.hour}`, f.count(c.count)])) })),
      }}
    >
      <div aria-hidden className="overflow-x-auto" data-testid="tx-heatmap-grid">
        <div className="grid min-w-[40rem] gap-px text-[10px]" style={{ gridTemplateColumns: "3rem repeat(24, minmax(0, 1fr))" }}>
          <span />
          {hours.map((h) => (
            <span key={h} className="text-center text-ink-subtle tabular-nums">
              {h % 3 === 0 ? h : ""}
            </span>
          ))}
          {WEEK_ORDER.map((w) => (
            <HeatRow key={w} label={m.heatmap.weekdays[w]!}>
              {grid[w]!.map((c) => (
                <span
                  key={c.hour}
                  className="h-5 rounded-[2px]"
                  style={{ background: heatColor(c.t) }}
                  title={fill(m.heatmap.cellTitle, { weekday: m.heatmap.weekdays[w]!, hour: String(c.hour), count: f.count(c.count), value: f.money(c.amountFen) })}
                />
              ))}
            </HeatRow>
          ))}
        </div>
        <div className="mt-2 flex items-center gap-1 text-xs text-ink-subtle">
          <span>{m.heatmap.low}</span>
          {HEAT_SCALE.map((colour) => (
            <span key={colour} className="inline-block h-3 w-5 rounded-[2px]" style={{ background: colour }} />
          ))}
          <span>{m.heatmap.high}</span>
        </div>
      </div>
    </ChartCard>
  );
}

function HeatRow({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <span className="pr-1 text-right text-ink-muted">{label}</span>
      {children}
    </>
  );
}
