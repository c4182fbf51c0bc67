// The promotion report's CSV datasets (registered in lib/analytics/export/datasets.ts and streamed, audited,
// by the analytics export route): the ranked promotions, and the daily reward cost per promotion. The
// period comes from the same URL parameters as the page (readPeriod); money as plain yuan text, ids as
// stored, so a spreadsheet can sum them.
import type { AnalyticsDataset } from "@/lib/analytics/export/dataset";
import { readPeriod } from "@/lib/analytics/period";
import { readDailyCost, readPromotionReport } from "@/lib/analytics/promotions/read";
import { fenToYuanText } from "@/lib/money";
import { shanghaiDay } from "@/lib/time";
import type { Prisma } from "@/lib/generated/prisma/client";

type Reader = Pick<Prisma.TransactionClient, "$queryRaw" | "promotion">;

const yuan = (fen: number | bigint | null) => (fen === null ? "" : fenToYuanText(typeof fen === "bigint" ? fen : BigInt(Math.round(fen))));

export const promotionDatasets: Record<"promotions-ranking" | "promotions-daily-cost", AnalyticsDataset<Reader>> = {
  "promotions-ranking": {
    permission: "analytics:promotions",
    columns: [
      { key: "from", header: "from" },
      { key: "to", header: "to" },
      { key: "promotion_id", header: "promotion_id" },
      { key: "name", header: "name" },
      { key: "status", header: "status" },
      { key: "cost_yuan", header: "cost_yuan" },
      { key: "reach", header: "customers_reached" },
      { key: "rewards", header: "rewards" },
      { key: "matched_participants", header: "matched_participants" },
      { key: "incremental_yuan", header: "incremental_spend_yuan" },
      { key: "cost_per_incremental_yuan", header: "cost_per_incremental_yuan" },
    ],
    async rows(db, params) {
      const now = new Date();
      const { range } = readPeriod(params, shanghaiDay(now));
      const report = await readPromotionReport(db, range, now);
      return report.rows.map((r) => ({
        from: range.from,
        to: range.to,
        promotion_id: r.id,
        name: r.name,
        status: r.status,
        cost_yuan: yuan(r.costFen),
        reach: String(r.reach),
        rewards: String(r.rewards),
        matched_participants: String(r.comparison?.matched ?? 0),
        incremental_yuan: yuan(r.incrementalFen),
        cost_per_incremental_yuan: yuan(r.costPerIncrementalYuanFen),
      }));
    },
  },
  "promotions-daily-cost": {
    permission: "analytics:promotions",
    columns: [
      { key: "day", header: "day" },
      { key: "promotion_id", header: "promotion_id" },
      { key: "cost_yuan", header: "cost_yuan" },
    ],
    async rows(db, params) {
      const { range } = readPeriod(params, shanghaiDay(new Date()));
      const daily = await readDailyCost(db, range);
      return daily.map((d) => ({ day: d.day, promotion_id: d.promotionId, cost_yuan: yuan(d.costFen) }));
    },
  },
};
