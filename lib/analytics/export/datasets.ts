// Every analytics chart's CSV, by name: the export route (app/api/analytics/export) looks the dataset up
// here, refuses it without the dataset's permission, and streams its rows (formula-safe, UTF-8 with a BOM).
// Each part keeps its datasets in lib/analytics/<part>/datasets.ts and is spread in here with one line.
// A dataset's rows are aggregates read from the rollups (never a customer), computed from the same URL
// parameters as the page (period: range/from/to/compare; filters: channel/mcc/province/tier).
import "server-only";
import type { AnalyticsDataset } from "@/lib/analytics/export/dataset";
import { fraudDatasets } from "@/lib/analytics/fraud/datasets";
import { kycDatasets } from "@/lib/analytics/kyc/datasets";
import { promotionDatasets } from "@/lib/analytics/promotions/datasets";
import { transactionDatasets } from "@/lib/analytics/transactions/datasets";

export type DatasetRegistry = Readonly<Record<string, AnalyticsDataset>>;

export const ANALYTICS_DATASETS: DatasetRegistry = {
  ...transactionDatasets,
  ...kycDatasets,
  ...fraudDatasets,
  ...promotionDatasets,
};

/** Names are lower-case words joined by hyphens ("tx-series"); anything else is not a dataset. */
export const DATASET_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
