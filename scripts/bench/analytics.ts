// `npm run bench -- --only analytics`: the transaction analytics page's data for 90 days of a
// 10,000,000-transaction PostgreSQL table, read from the rollups by the page's own data functions
// (lib/analytics/transactions/queries.ts), against the same figures computed by GROUP BY over the raw
// transactions in the same run (scripts/bench/analytics-raw.ts); plus the onboarding funnel
// (lib/analytics/kyc/queries.ts funnelFigures: kyc_funnel_weekly read and shaped) and the rollups' rebuild.
//
// It measures an existing population: the 90 Shanghai days ending on the day of the newest transaction
// (the promotions simulation bench's population, scripts/bench/promotions-simulation.ts, fills exactly such a
// window with 10,000,000 rows). With no PostgreSQL, or fewer transactions than --min rows, it says so and
// measures nothing (CI never runs it). The rollups are rebuilt (and timed) when their totals for the window
// differ from the raw table's, or always with BENCH_ANALYTICS_REBUILD=1 (never with 0).
//
// Both sides run each card one after the other, as many times as asked (page side many, raw side a few:
// every raw card scans the whole window), with the figures of both sides checked equal; the page side is
// also timed with every card at once, as the page streams them (Suspense per card).
import { register } from "node:module";
import { loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { NO_FILTERS, provinceStoredName, type AnalyticsFilters } from "@/lib/analytics/filters";
import { readPeriod, type AnalyticsPeriod, type DayRange } from "@/lib/analytics/period";
import { addDaysToDay, shanghaiDay, startOfShanghaiDay } from "@/lib/time";
import { rebuildRollups } from "@/lib/analytics/rollups/rebuild";
import { rawBreakdown, rawHeatmap, rawKpis, rawSeries } from "@/scripts/bench/analytics-raw";

const DAYS = 90;
const ROLLUP_TABLES = [
  "transaction_daily_rollup",
  "transaction_daily_cube",
  "transaction_hourly_cube",
  "transaction_hour_of_day_rollup",
  "wallet_activity_day",
  "wallet_daily_rollup",
  "kyc_funnel_weekly",
] as const;

export interface AnalyticsBenchOptions {
  url: string;
  target: string;
  /** False for the embedded PGlite: this bench needs a PostgreSQL server holding the population. */
  postgres: boolean;
  /** Least transactions in the table (default 10,000,000). */
  minRows?: number;
  /** Timed runs of the page side (after 2 warm-ups) and of the raw side (default 15 and 3). */
  pageRuns?: number;
  rawRuns?: number;
}

const fmt = (n: number) => n.toLocaleString("en");
const ms = (n: number) => (n >= 1000 ? `${fmt(Math.round(n))} ms` : `${n.toFixed(1)} ms`);

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

async function timed<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await fn();
  return { value, ms: performance.now() - started };
}

/** Figures compared across the two sides: bigints as strings. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === "bigint" ? v.toString() : v));
}

/**
 * The page's modules are marked "server-only" (they throw outside React Server Components); this process is
 * not a React server, so the guard resolves to an empty module here, as it does in the tests
 * (vitest.config.ts, tests/support/server-only.ts). Then the page's data functions are loaded.
 */
async function pageFunctions() {
  register(
    `data:text/javascript,${encodeURIComponent(
      `export async function resolve(specifier, context, next) { return specifier === "server-only" ? { url: "data:text/javascript,", shortCircuit: true } : next(specifier, context); }`,
    )}`,
  );
  const transactions = await import("@/lib/analytics/transactions/queries");
  const kyc = await import("@/lib/analytics/kyc/queries");
  return { ...transactions, funnelFigures: kyc.funnelFigures };
}

type PageFunctions = Awaited<ReturnType<typeof pageFunctions>>;

interface Card {
  name: string;
  page: () => Promise<unknown>;
  raw: () => Promise<unknown>;
  /** The figures both sides must agree on. */
  figures: (value: unknown) => unknown;
}

function cards(db: Db, f: PageFunctions, period: AnalyticsPeriod, filters: AnalyticsFilters, now: Date): Card[] {
  const today = shanghaiDay(now);
  const same = (v: unknown) => v;
  return [
    {
      name: "KPIs (count, value, active wallets, average ticket, top-up vs spend, cross-border share, new wallets) with the comparison period",
      page: () => f.readKpis(db, period, filters, now),
      raw: () => rawKpis(db, period, filters),
      figures: (v) => ({ current: (v as { current: unknown }).current, comparison: (v as { comparison: unknown }).comparison }),
    },
    {
      name: "volume and value per day, with the comparison period",
      page: () => f.readSeries(db, period, filters, today),
      raw: () => rawSeries(db, period, filters),
      figures: (v) => (Array.isArray(v) ? v : (v as { points: unknown }).points),
    },
    { name: "by channel", page: () => f.readByChannel(db, period, filters), raw: () => rawBreakdown(db, period, filters, "channel"), figures: same },
    { name: "by merchant category", page: () => f.readByCategory(db, period, filters), raw: () => rawBreakdown(db, period, filters, "mcc"), figures: same },
    { name: "by province (ranked)", page: () => f.readByProvince(db, period, filters), raw: () => rawBreakdown(db, period, filters, "province"), figures: same },
    { name: "hour of day x weekday heat map", page: () => f.readHeatmap(db, period, filters), raw: () => rawHeatmap(db, period, filters), figures: same },
  ];
}

interface SideRuns {
  /** Per card, the time of each run. */
  perCard: number[][];
  /** Each run's cards one after another: their sum. */
  sequential: number[];
  /** Each run's cards all at once (page side only). */
  concurrent: number[];
  loadBefore: number;
  loadAfter: number;
}

async function runSide(list: Card[], side: "page" | "raw", runs: number, warmups: number): Promise<{ runs: SideRuns; values: unknown[] }> {
  const perCard: number[][] = list.map(() => []);
  const sequential: number[] = [];
  const concurrent: number[] = [];
  let values: unknown[] = [];
  const loadBefore = loadavg()[0]!;
  for (let run = -warmups; run < runs; run++) {
    let sum = 0;
    const got: unknown[] = [];
    for (const [i, card] of list.entries()) {
      const t = await timed(card[side]);
      got.push(t.value);
      sum += t.ms;
      if (run >= 0) perCard[i]!.push(t.ms);
    }
    if (run >= 0) sequential.push(sum);
    values = got;
    if (side === "page") {
      const all = await timed(() => Promise.all(list.map((card) => card.page())));
      if (run >= 0) concurrent.push(all.ms);
    }
    if (side === "raw") console.log(`  raw run ${run + 1}/${runs}: ${ms(sum)}`);
  }
  return { runs: { perCard, sequential, concurrent, loadBefore, loadAfter: loadavg()[0]! }, values };
}

interface ViewResult {
  label: string;
  cards: string[];
  page: SideRuns;
  raw: SideRuns | null;
  /** Cards whose figures differ between the two sides. */
  mismatches: string[];
}

interface ViewPlan {
  label: string;
  list: Card[];
  pageValues: unknown[];
  result: ViewResult;
}

async function measurePage(db: Db, f: PageFunctions, label: string, period: AnalyticsPeriod, filters: AnalyticsFilters, now: Date, pageRuns: number): Promise<ViewPlan> {
  const list = cards(db, f, period, filters, now);
  console.log(`${label}: page side, ${pageRuns} runs…`);
  const page = await runSide(list, "page", pageRuns, 2);
  return { label, list, pageValues: page.values, result: { label, cards: list.map((c) => c.name), page: page.runs, raw: null, mismatches: [] } };
}

async function measureRaw(plan: ViewPlan, rawRuns: number): Promise<void> {
  if (rawRuns === 0) return;
  const { list, label } = plan;
  console.log(`${label}: raw side, ${rawRuns} runs…`);
  const raw = await runSide(list, "raw", rawRuns, 0);
  const mismatches = list
    .filter((card, i) => canonical(card.figures(plan.pageValues[i])) !== canonical(card.figures(raw.values[i])))
    .map((card) => card.name);
  for (const [i, card] of list.entries()) {
    if (!mismatches.includes(card.name)) continue;
    console.log(`MISMATCH ${card.name}\n  page: ${canonical(card.figures(plan.pageValues[i])).slice(0, 600)}\n  raw:  ${canonical(card.figures(raw.values[i])).slice(0, 600)}`);
  }
  plan.result.raw = raw.runs;
  plan.result.mismatches = mismatches;
}

async function tableRows(db: Db, table: string): Promise<number> {
  const [row] = await db.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*)::bigint AS n FROM "${table}"`);
  return Number(row?.n ?? 0n);
}

/** Transactions of every status in the window: from the raw table and from the daily cube. */
async function windowTotals(db: Db, range: DayRange): Promise<{ raw: number; cube: number }> {
  const [raw] = await db.$queryRaw<{ n: bigint }[]>`
    SELECT count(*)::bigint AS n FROM "transaction" WHERE created_at >= ${startOfShanghaiDay(range.from)} AND created_at < ${startOfShanghaiDay(addDaysToDay(range.to, 1))}`;
  const [cube] = await db.$queryRaw<{ n: bigint }[]>`
    SELECT coalesce(sum(count), 0)::bigint AS n FROM transaction_daily_cube WHERE day BETWEEN ${range.from}::date AND ${range.to}::date`;
  return { raw: Number(raw?.n ?? 0n), cube: Number(cube?.n ?? 0n) };
}

interface RebuildResult {
  from: string;
  to: string;
  seconds: number;
  transactions: number;
  detail: string;
}

/** The rollups' own rebuild (lib/analytics/rollups/rebuild.ts, what `npm run rollups:rebuild` runs) over `from`..`to`, timed. */
async function rebuild(db: Db, from: string, to: string, transactions: number): Promise<RebuildResult> {
  const t = await timed(() =>
    rebuildRollups(db, {
      from,
      to,
      onDay: (day, index, total, dayMs) => {
        if (index % 30 === 0 || index === total - 1) console.log(`  ${day} (${index + 1}/${total}) ${ms(dayMs)}`);
      },
    }),
  );
  return { from, to, seconds: t.ms / 1000, transactions, detail: `${t.value.days} days` };
}

const DOC = path.join("docs", "bench-analytics.md");
const START = "<!-- measured: written by npm run bench -- --only analytics -->";
const END = "<!-- end of measured -->";

/** Replaces the measured part of docs/bench-analytics.md (between the markers), keeping the written text around it. */
function recordReport(report: string): void {
  const block = `${START}\n${report}\n${END}`;
  const current = existsSync(DOC) ? readFileSync(DOC, "utf8") : "";
  const start = current.indexOf(START);
  const end = current.indexOf(END);
  const next =
    start >= 0 && end > start
      ? `${current.slice(0, start)}${block}${current.slice(end + END.length)}`
      : `# Analytics: the transaction analytics page on 10,000,000 transactions (PostgreSQL)\n\n${block}\n`;
  writeFileSync(DOC, next);
}

async function unavailable(reason: string): Promise<void> {
  console.log(
    [
      `analytics bench: ${reason}`,
      "It measures the analytics page on PostgreSQL with at least 10,000,000 transactions: set DATABASE_URL to such a",
      "database (e.g. one filled by `npm run bench -- --only promotions`, whose population it reuses), migrated with",
      "`npm run db:migrate`. Nothing was measured; docs/bench-analytics.md is unchanged.",
    ].join("\n"),
  );
}

function sideLine(label: string, values: number[]): string {
  return `${label}: median ${ms(median(values))}, p95 ${ms(percentile(values, 95))} (${values.length} runs)`;
}

function viewReport(v: ViewResult, funnelLines: string[] = []): string[] {
  const lines: string[] = [`#### ${v.label}`, ""];
  const pageSum = median(v.page.sequential);
  lines.push(
    `| card | page (rollups): median | p95 | raw GROUP BY: median | p95 | raw / page |`,
    `|---|---:|---:|---:|---:|---:|`,
  );
  v.cards.forEach((name, i) => {
    const p = v.page.perCard[i]!;
    const r = v.raw?.perCard[i];
    lines.push(`| ${name} | ${ms(median(p))} | ${ms(percentile(p, 95))} | ${r ? ms(median(r)) : "-"} | ${r ? ms(percentile(r, 95)) : "-"} | ${r ? `${fmt(Math.round(median(r) / median(p)))}x` : "-"} |`);
  });
  const rawSum = v.raw ? median(v.raw.sequential) : null;
  lines.push(
    `| **all cards, one after another** | **${ms(pageSum)}** | **${ms(percentile(v.page.sequential, 95))}** | **${rawSum === null ? "-" : ms(rawSum)}** | **${v.raw ? ms(percentile(v.raw.sequential, 95)) : "-"}** | **${rawSum === null ? "-" : `${fmt(Math.round(rawSum / pageSum))}x`}** |`,
    `| all cards at once (as the page streams them) | ${ms(median(v.page.concurrent))} | ${ms(percentile(v.page.concurrent, 95))} | | | |`,
    ...funnelLines,
    "",
    `Load average (1 min, 2 cores): page side ${v.page.loadBefore.toFixed(1)} -> ${v.page.loadAfter.toFixed(1)}${v.raw ? `, raw side ${v.raw.loadBefore.toFixed(1)} -> ${v.raw.loadAfter.toFixed(1)}` : ""}.`,
    v.raw ? (v.mismatches.length ? `**Figures differ between the two sides for: ${v.mismatches.join("; ")}.**` : "Both sides gave the same figures for every card (compared value by value).") : "",
    "",
  );
  return lines;
}

export async function benchAnalytics(options: AnalyticsBenchOptions): Promise<void> {
  const minRows = options.minRows ?? 10_000_000;
  const pageRuns = options.pageRuns ?? Number(process.env.BENCH_ANALYTICS_PAGE_RUNS ?? 15);
  const rawRuns = options.rawRuns ?? Number(process.env.BENCH_ANALYTICS_RAW_RUNS ?? 3);
  if (!options.postgres) return unavailable("no PostgreSQL database (DATABASE_URL is not set; the embedded PGlite is not measured).");
  const db = createPrismaClient(options.url);
  try {
    try {
      await Promise.race([db.$queryRaw`SELECT 1`, new Promise((_, reject) => setTimeout(() => reject(new Error("no answer in 10 s")), 10_000))]);
    } catch (error) {
      return unavailable(`the database at DATABASE_URL is not reachable (${error instanceof Error ? error.message.split("\n")[0] : String(error)}).`);
    }
    const [present] = await db.$queryRaw<{ cube: string | null; tx: string | null }[]>`SELECT to_regclass('transaction_daily_cube')::text AS cube, to_regclass('"transaction"')::text AS tx`;
    if (!present?.tx) return unavailable("the database has no transaction table (not migrated).");
    if (!present.cube) return unavailable("the database has no analytics rollup tables: run `npm run db:migrate` against it first.");
    const [estimate] = await db.$queryRaw<{ n: number }[]>`SELECT reltuples::float8 AS n FROM pg_class WHERE oid = '"transaction"'::regclass`;
    if ((estimate?.n ?? 0) < minRows * 0.9) return unavailable(`the transaction table holds about ${fmt(Math.max(0, Math.round(estimate?.n ?? 0)))} rows, fewer than ${fmt(minRows)}.`);
    const totalRows = await tableRows(db, "transaction");
    if (totalRows < minRows) return unavailable(`the transaction table holds ${fmt(totalRows)} rows, fewer than ${fmt(minRows)}.`);

    const [meta] = await db.$queryRaw<{ version: string; newest: Date; shared_buffers: string; workers: string }[]>`
      SELECT version() AS version, (SELECT max(created_at) FROM "transaction") AS newest,
        current_setting('shared_buffers') AS shared_buffers, current_setting('max_parallel_workers_per_gather') AS workers`;
    const lastDay = shanghaiDay(meta!.newest);
    const firstDay = addDaysToDay(lastDay, -(DAYS - 1));
    const now = new Date();
    const today = shanghaiDay(now);
    const period = readPeriod({ range: "custom", from: firstDay, to: lastDay, compare: "previous" }, today);
    if (period.invalid.length) throw new Error(`the window ${firstDay}..${lastDay} is not a valid period: ${period.invalid.join(", ")}`);
    const totals = await windowTotals(db, period.range);
    console.log(`analytics bench: ${fmt(totalRows)} transactions, ${fmt(totals.raw)} in ${firstDay}..${lastDay}; the daily cube holds ${fmt(totals.cube)} for it`);

    // The funnel is read over a year of weekly cohorts (the population's customers registered before the window).
    const funnelPeriod = readPeriod({ range: "custom", from: addDaysToDay(lastDay, -365), to: lastDay, compare: "none" }, today);
    let rebuilt: RebuildResult | null = null;
    const rebuildWanted = process.env.BENCH_ANALYTICS_REBUILD;
    if (rebuildWanted !== "0" && (totals.cube !== totals.raw || rebuildWanted === "1")) {
      const from = funnelPeriod.range.from < period.compareRange!.from ? funnelPeriod.range.from : period.compareRange!.from;
      const [covered] = await db.$queryRaw<{ n: bigint }[]>`
        SELECT count(*)::bigint AS n FROM "transaction" WHERE created_at >= ${startOfShanghaiDay(from)} AND created_at < ${startOfShanghaiDay(addDaysToDay(lastDay, 1))}`;
      console.log(`rebuilding the rollups for ${from}..${lastDay} (${fmt(Number(covered?.n ?? 0n))} transactions)…`);
      rebuilt = await rebuild(db, from, lastDay, Number(covered?.n ?? 0n));
      console.log(`  rebuilt in ${rebuilt.seconds.toFixed(1)} s`);
      const after = await windowTotals(db, period.range);
      if (after.cube !== after.raw) throw new Error(`after the rebuild the daily cube holds ${after.cube} transactions for the window, the table ${after.raw}`);
    }
    await db.$executeRawUnsafe(`ANALYZE ${ROLLUP_TABLES.map((t) => `"${t}"`).join(", ")}`);
    const rollupRows: { table: string; rows: number }[] = [];
    for (const table of ROLLUP_TABLES) rollupRows.push({ table, rows: await tableRows(db, table) });
    const [inWindow] = await db.$queryRaw<{ cube: bigint; hod: bigint; wallets: bigint; narrow: bigint }[]>`
      SELECT (SELECT count(*) FROM transaction_daily_cube WHERE day BETWEEN ${firstDay}::date AND ${lastDay}::date)::bigint AS cube,
        (SELECT count(*) FROM transaction_hour_of_day_rollup WHERE day BETWEEN ${firstDay}::date AND ${lastDay}::date)::bigint AS hod,
        (SELECT count(*) FROM wallet_daily_rollup WHERE day BETWEEN ${firstDay}::date AND ${lastDay}::date)::bigint AS wallets,
        (SELECT count(*) FROM transaction_daily_rollup WHERE day BETWEEN ${firstDay}::date AND ${lastDay}::date)::bigint AS narrow`;

    const f = await pageFunctions();
    const uptimeBefore = loadavg();
    // Page sides and the funnel first (cheap), then the raw sides; the report is written after each step, so
    // an interrupted run still leaves what it measured.
    const plans: ViewPlan[] = [];
    plans.push(await measurePage(db, f, `All transactions, ${firstDay} to ${lastDay} (${DAYS} days), compared with the previous ${DAYS} days`, period, NO_FILTERS, now, pageRuns));
    const filtered: AnalyticsFilters = { ...NO_FILTERS, provinceCode: "31", mcc: "5411" };
    plans.push(await measurePage(db, f, `Filtered: province ${provinceStoredName("31")} and merchant category 5411 (supermarkets), same ${DAYS} days and comparison`, period, filtered, now, pageRuns));
    // Both halves of a 90-day span hold transactions: what a comparison with data costs the page side.
    const half = readPeriod({ range: "custom", from: addDaysToDay(lastDay, -44), to: lastDay, compare: "previous" }, today);
    plans.push(await measurePage(db, f, `Page side only: the last 45 days against the 45 before them (both periods hold transactions)`, half, NO_FILTERS, now, pageRuns));
    const views = plans.map((p) => p.result);

    console.log("funnel…");
    const funnelTimes: number[] = [];
    let cohorts = 0;
    for (let run = -2; run < pageRuns; run++) {
      const t = await timed(() => f.funnelFigures(db, funnelPeriod, lastDay));
      cohorts = t.value.cohorts.length;
      if (run >= 0) funnelTimes.push(t.ms);
    }
    const funnel90: number[] = [];
    for (let run = -2; run < pageRuns; run++) {
      const t = await timed(() => f.funnelFigures(db, period, lastDay));
      if (run >= 0) funnel90.push(t.ms);
    }

    const write = () => {
      const main = views[0]!;
      const pageMedian = median(main.page.sequential);
      const rawMedian = main.raw ? median(main.raw.sequential) : 0;
      const ratio = rawMedian / pageMedian;
      const pageP95 = percentile(main.page.sequential, 95);
      const funnelP95 = percentile(funnelTimes, 95);
      const lines = [
        `### Analytics: the transaction analytics page's data for ${DAYS} days of ${fmt(totalRows)} transactions, rollups against GROUP BY over the raw rows (${options.target})`,
        "",
        `Targets: the page's data at least 50x faster than raw and under 300 ms; the funnel under 300 ms.`,
        "",
        `- **Page data, ${DAYS} days, all cards one after another: median ${ms(pageMedian)}, p95 ${ms(pageP95)}** (${pageP95 < 300 ? "under" : "NOT under"} 300 ms at p95); all cards at once: median ${ms(median(main.page.concurrent))}, p95 ${ms(percentile(main.page.concurrent, 95))}.`,
        main.raw ? `- **Raw GROUP BY, the same figures: median ${ms(rawMedian)}, p95 ${ms(percentile(main.raw.sequential, 95))}: ${fmt(Math.round(ratio))}x the page side** (median against median; ${ratio >= 50 ? "meets" : "does NOT meet"} the 50x target).` : "",
        `- **Funnel (funnelFigures, ${cohorts} weekly cohorts over 366 days): median ${ms(median(funnelTimes))}, p95 ${ms(funnelP95)}** (${funnelP95 < 300 ? "under" : "NOT under"} 300 ms); over the ${DAYS}-day period: median ${ms(median(funnel90))}, p95 ${ms(percentile(funnel90, 95))}.`,
        "",
        `Population: ${fmt(totalRows)} transactions in the table, ${fmt(totals.raw)} of them in ${firstDay}..${lastDay}; the comparison period (${period.compareRange!.from}..${period.compareRange!.to}) holds none.`,
        `${meta!.version.split(" (")[0]}, shared_buffers ${meta!.shared_buffers}, max_parallel_workers_per_gather ${meta!.workers}; Node ${process.version}, ${process.platform}/${process.arch}; load average (1/5/15 min) at the start of the timed part: ${uptimeBefore.map((l) => l.toFixed(1)).join(" / ")}.`,
        "",
        rebuilt
          ? `Rollups rebuilt for ${rebuilt.from}..${rebuilt.to} (${fmt(rebuilt.transactions)} transactions) in ${rebuilt.seconds.toFixed(1)} s: ${fmt(Math.round(rebuilt.transactions / rebuilt.seconds))} transactions/s. (${rebuilt.detail}, one transaction per day, then the funnel of those weeks; most of the covered days before the window are empty).`
          : `Rollups reused from an earlier run (their totals for the window equal the table's); not rebuilt, so no rebuild time this run.`,
        "",
        `Rollup rows (whole table / in the ${DAYS}-day window): ${rollupRows.map((r) => `${r.table} ${fmt(r.rows)}`).join(", ")}; in the window: transaction_daily_cube ${fmt(Number(inWindow!.cube))}, transaction_daily_rollup ${fmt(Number(inWindow!.narrow))}, transaction_hour_of_day_rollup ${fmt(Number(inWindow!.hod))}, wallet_daily_rollup ${fmt(Number(inWindow!.wallets))}.`,
        "",
        ...views.flatMap((v) => viewReport(v)),
        `Funnel: ${sideLine("366 days", funnelTimes)}; ${sideLine(`${DAYS} days`, funnel90)}.`,
        "",
      ];
      const report = lines.join("\n");
      console.log(report);
      if (!main.raw) console.log("(raw side still to come)");
      const stamp = `_Measured ${new Date().toISOString().slice(0, 16)}Z by \`npm run bench -- --only analytics\`._`;
      recordReport(`${report.trimEnd()}\n\n${stamp}`);
    };
    write();
    await measureRaw(plans[0]!, rawRuns);
    write();
    await measureRaw(plans[1]!, Number(process.env.BENCH_ANALYTICS_FILTERED_RAW_RUNS ?? rawRuns));
    write();
  } finally {
    await db.$disconnect();
  }
}
