// The analytics CSV export, apart from its route so tests can drive it with a dataset of their own: the
// dataset is looked up by name (400 with a clear message when unknown), refused without its permission
// (403, recorded like every refusal), its parameters read as the pages read them (400 naming the ones that
// cannot be read: never an export of "everything" because a filter was mistyped), then the export is
// audited (analytics.export with the dataset and parameters) before a byte leaves, and the rows stream out
// through lib/csv/stream.ts: UTF-8 with a BOM, CRLF, every cell formula-safe.
import "server-only";
import { recordRefusal } from "@/lib/audit/refusal";
import { recordAudit, type RequestMeta } from "@/lib/audit/write";
import { can } from "@/lib/auth/permissions";
import type { StaffSession } from "@/lib/auth/session";
import { csvAttachment, csvByteStream, spreadsheetSafe } from "@/lib/csv/stream";
import { db } from "@/lib/db";
import { PRIVATE_HEADERS } from "@/lib/http/define-route";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/lookup";
import { CATALOGUES } from "@/lib/i18n/translate";
import { readFilters } from "@/lib/analytics/filters";
import { readPeriod } from "@/lib/analytics/period";
import { DATASET_NAME, type DatasetRegistry } from "@/lib/analytics/export/datasets";
import { shanghaiDay } from "@/lib/time";

export const EXPORT_ACTION = "analytics.export";

/** Parameters a dataset may take besides the period and the filters (a promotion, a week…): short plain values. */
const PARAM_KEY = /^[a-zA-Z][a-zA-Z0-9_]{0,39}$/;
const PARAM_VALUE_MAX = 200;
const MAX_PARAMS = 20;

export interface ExportRequest {
  registry: DatasetRegistry;
  /** The query string: dataset=… and the dataset's parameters. */
  query: Record<string, string>;
  staff: StaffSession;
  meta: RequestMeta;
  locale: Locale;
  now?: Date;
}

const refuse = (status: number, body: Record<string, unknown>) => Response.json(body, { status, headers: PRIVATE_HEADERS });

/** The parameters that cannot be read, by name (empty when all are fine). */
export function invalidExportParams(params: Record<string, string>, today: string): string[] {
  const bad = new Set<string>();
  const entries = Object.entries(params);
  if (entries.length > MAX_PARAMS) bad.add("_");
  for (const [key, value] of entries) if (!PARAM_KEY.test(key) || value.length > PARAM_VALUE_MAX) bad.add(key);
  for (const key of readPeriod(params, today).invalid) bad.add(key === "range" ? "range" : key);
  const filterKey = { channel: "channel", mcc: "mcc", provinceCode: "province", tier: "tier" } as const;
  for (const key of readFilters(params).invalid) bad.add(filterKey[key]);
  return [...bad];
}

export async function runAnalyticsExport({ registry, query, staff, meta, locale, now = new Date() }: ExportRequest): Promise<Response> {
  const m = CATALOGUES[locale].analytics.export;
  const { dataset: name, ...params } = query;
  // Without a dataset: the datasets this staff member may export (an index, nothing read, nothing exported).
  if (name === undefined) {
    const datasets = Object.entries(registry).filter(([, d]) => can(staff.roles, d.permission)).map(([key]) => key);
    return Response.json({ datasets }, { headers: PRIVATE_HEADERS });
  }
  const dataset = DATASET_NAME.test(name) && Object.hasOwn(registry, name) ? registry[name] : undefined;
  if (!dataset) {
    await db.$transaction((tx) =>
      recordAudit(tx, { actor: staff, action: EXPORT_ACTION, entityType: "Request", outcome: "FAILURE", reason: "unknown-dataset", after: { dataset: name.slice(0, 80) }, request: meta }),
    );
    return refuse(400, { error: "unknown-dataset", dataset: name.slice(0, 80), message: fill(m.unknownDataset, { dataset: name.slice(0, 80) }) });
  }
  if (!can(staff.roles, dataset.permission)) {
    await recordRefusal(staff, { action: EXPORT_ACTION, permission: dataset.permission, after: { dataset: name } }, meta);
    return refuse(403, { error: "forbidden" });
  }
  const today = shanghaiDay(now);
  const bad = invalidExportParams(params, today);
  if (bad.length > 0) {
    await db.$transaction((tx) =>
      recordAudit(tx, { actor: staff, action: EXPORT_ACTION, entityType: "AnalyticsDataset", entityId: name, outcome: "FAILURE", reason: "invalid-request", after: { fields: bad }, request: meta }),
    );
    return refuse(400, { error: "invalid", fields: bad, message: fill(m.badParams, { issues: bad.join(", ") }) });
  }

  // Recorded before the data is read and before the first byte leaves: if the record cannot be written,
  // nothing is exported.
  await db.$transaction((tx) => recordAudit(tx, { actor: staff, action: EXPORT_ACTION, entityType: "AnalyticsDataset", entityId: name, after: { dataset: name, params }, request: meta }));
  const rows = await dataset.rows(db, params);
  const columns = dataset.columns;
  async function* batches() {
    const BATCH = 1_000;
    for (let i = 0; i < rows.length; i += BATCH) {
      yield rows.slice(i, i + BATCH).map((row) => {
        const record: Record<string, string> = {};
        for (const { key } of columns) record[key] = spreadsheetSafe(String(row[key] ?? ""));
        return record;
      });
    }
  }
  const range = readPeriod(params, today).range;
  return csvAttachment(csvByteStream(batches(), columns, `analytics export ${name}`), `analytics-${name}-${range.from}_${range.to}.csv`);
}
