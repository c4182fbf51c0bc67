// The transaction analytics' CSV datasets (registered in lib/analytics/export/datasets.ts and streamed,
// audited, by the analytics export route): the series, by channel, by category, by province, the heat map
// and the KPIs. Period and filters come from the same URL parameters as the page (readPeriod, readFilters),
// so a CSV holds what the chart shows. Money as plain yuan text, codes as stored (channel, MCC, province as
// stored in Chinese), so a spreadsheet can sum and join them.
import type { AnalyticsDataset } from "@/lib/analytics/export/dataset";
import { readFilters } from "@/lib/analytics/filters";
import { readPeriod, type AnalyticsPeriod } from "@/lib/analytics/period";
import { readByCategory, readByChannel, readByProvince, readHeatmap, readKpis, readSeries, type BreakdownRow } from "@/lib/analytics/transactions/queries";
import { KPI_KEYS, kpiValues, relativeChange } from "@/lib/analytics/transactions/shape";
import type { Prisma } from "@/lib/generated/prisma/client";
import { fenToYuanText } from "@/lib/money";
import { shanghaiDay } from "@/lib/time";

type Reader = Pick<Prisma.TransactionClient, "$queryRaw">;

const yuan = (fen: number | bigint | null) => (fen === null ? "" : fenToYuanText(typeof fen === "bigint" ? fen : BigInt(Math.round(fen))));
const num = (n: number | null, digits = 6) => (n === null ? "" : String(Number(n.toFixed(digits))));

function read(params: Record<string, string>, now = new Date()) {
  const period = readPeriod(params, shanghaiDay(now));
  const { filters } = readFilters(params);
  return { period, filters, now };
}

function periodCells(period: AnalyticsPeriod) {
  return { from: period.range.from, to: period.range.to };
}

const PERIOD_COLUMNS = [
  { key: "from", header: "from" },
  { key: "to", header: "to" },
];

const BREAKDOWN_COLUMNS = [
  { key: "count", header: "count" },
  { key: "value_yuan", header: "value_yuan" },
  { key: "share", header: "value_share" },
  { key: "compare_count", header: "compare_count" },
  { key: "compare_value_yuan", header: "compare_value_yuan" },
];

function breakdownCells(r: BreakdownRow) {
  return {
    count: String(r.count),
    value_yuan: yuan(r.amountFen),
    share: num(r.share),
    compare_count: r.compareCount === null ? "" : String(r.compareCount),
    compare_value_yuan: yuan(r.compareAmountFen),
  };
}

export const TRANSACTION_DATASET_NAMES = ["tx-series", "tx-channels", "tx-categories", "tx-provinces", "tx-heatmap", "tx-kpis"] as const;
export type TransactionDatasetName = (typeof TRANSACTION_DATASET_NAMES)[number];

export const transactionDatasets: Record<TransactionDatasetName, AnalyticsDataset<Reader>> = {
  "tx-series": {
    permission: "analytics:transactions",
    columns: [
      { key: "bucket", header: "bucket" },
      { key: "count", header: "count" },
      { key: "value_yuan", header: "value_yuan" },
      { key: "compare_bucket", header: "compare_bucket" },
      { key: "compare_count", header: "compare_count" },
      { key: "compare_value_yuan", header: "compare_value_yuan" },
    ],
    async rows(db, params) {
      const { period, filters, now } = read(params);
      const s = await readSeries(db, period, filters, shanghaiDay(now));
      return s.points.map((p) => ({
        bucket: p.key,
        count: String(p.count),
        value_yuan: yuan(p.valueFen),
        compare_bucket: p.compareKey ?? "",
        compare_count: p.compareCount === null ? "" : String(p.compareCount),
        compare_value_yuan: yuan(p.compareValueFen),
      }));
    },
  },
  "tx-channels": {
    permission: "analytics:transactions",
    columns: [...PERIOD_COLUMNS, { key: "channel", header: "channel" }, ...BREAKDOWN_COLUMNS],
    async rows(db, params) {
      const { period, filters } = read(params);
      return (await readByChannel(db, period, filters)).map((r) => ({ ...periodCells(period), channel: r.key, ...breakdownCells(r) }));
    },
  },
  "tx-categories": {
    permission: "analytics:transactions",
    columns: [...PERIOD_COLUMNS, { key: "mcc", header: "mcc" }, ...BREAKDOWN_COLUMNS],
    async rows(db, params) {
      const { period, filters } = read(params);
      return (await readByCategory(db, period, filters)).map((r) => ({ ...periodCells(period), mcc: r.key, ...breakdownCells(r) }));
    },
  },
  "tx-provinces": {
    permission: "analytics:transactions",
    columns: [...PERIOD_COLUMNS, { key: "rank", header: "rank" }, { key: "province", header: "province" }, ...BREAKDOWN_COLUMNS],
    async rows(db, params) {
      const { period, filters } = read(params);
      return (await readByProvince(db, period, filters)).map((r, i) => ({ ...periodCells(period), rank: String(i + 1), province: r.key, ...breakdownCells(r) }));
    },
  },
  "tx-heatmap": {
    permission: "analytics:transactions",
    columns: [...PERIOD_COLUMNS, { key: "weekday", header: "weekday_0_sunday" }, { key: "hour", header: "hour" }, { key: "count", header: "count" }, { key: "value_yuan", header: "value_yuan" }],
    async rows(db, params) {
      const { period, filters } = read(params);
      const grid = await readHeatmap(db, period, filters);
      return grid.flat().map((c) => ({ ...periodCells(period), weekday: String(c.weekday), hour: String(c.hour), count: String(c.count), value_yuan: yuan(c.amountFen) }));
    },
  },
  "tx-kpis": {
    permission: "analytics:transactions",
    columns: [
      ...PERIOD_COLUMNS,
      { key: "compare_from", header: "compare_from" },
      { key: "compare_to", header: "compare_to" },
      { key: "kpi", header: "kpi" },
      { key: "value", header: "value" },
      { key: "compare_value", header: "compare_value" },
      { key: "change", header: "relative_change" },
    ],
    async rows(db, params) {
      const { period, filters, now } = read(params);
      const k = await readKpis(db, period, filters, now);
      const current = kpiValues(k.current);
      const compared = k.comparison ? kpiValues(k.comparison) : null;
      // Money KPIs in yuan, the rest as numbers (ratios as fractions).
      const money = new Set(["value", "averageTicket"]);
      const cell = (key: (typeof KPI_KEYS)[number], v: number | null) => (v === null ? "" : money.has(key) ? yuan(v) : num(v));
      return KPI_KEYS.map((key) => ({
        ...periodCells(period),
        compare_from: period.compareRange?.from ?? "",
        compare_to: period.compareRange?.to ?? "",
        kpi: key,
        value: cell(key, current[key]),
        compare_value: compared ? cell(key, compared[key]) : "",
        change: num(compared ? relativeChange(current[key], compared[key]) : null),
      }));
    },
  },
};
