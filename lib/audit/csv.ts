// The audit trail as CSV: matching events read in keyset batches and piped through csv-stringify
// (lib/csv/stream.ts), so an export of millions of events streams with flat memory.
import "server-only";
import type { Readable } from "node:stream";
import { csvByteStream, spreadsheetSafe } from "@/lib/csv/stream";
import type { Db } from "@/lib/db/client";
import { db } from "@/lib/db";
import { auditActionLabel, auditEntityLabel, auditReasonLabel } from "@/lib/audit/labels";
import { auditEventBatches, type AuditExportRow } from "@/lib/audit/queries";
import type { AuditFilters } from "@/lib/audit/schemas";
import type { MessageKey, Translate } from "@/lib/i18n/translate";
import { maskPersonalData } from "@/lib/privacy/records";
import { shanghaiIsoString } from "@/lib/time";

export const AUDIT_CSV_BATCH = 2_000;

const COLUMNS = [
  "id", "time", "actorName", "actorEmail", "actorId", "action", "actionCode", "entityType", "entityId",
  "outcome", "reason", "ip", "userAgent", "before", "after", "prevHash", "hash",
] as const;

type Column = (typeof COLUMNS)[number];

export function auditCsvColumns(t: Translate): { key: Column; header: string }[] {
  return COLUMNS.map((key) => ({ key, header: t(`audit.csv.${key}` as MessageKey) }));
}

// User agents and the emails of failed sign-ins are typed by strangers: every cell goes through spreadsheetSafe.
export { spreadsheetSafe };

// Masked again as the policy says today: events written under an older rule leave the same way.
const json = (value: unknown) => (value === null || value === undefined ? "" : JSON.stringify(maskPersonalData(value, "csvExport")));

export function auditCsvRecord(row: AuditExportRow, t: Translate): Record<Column, string> {
  const record: Record<Column, string> = {
    id: row.id.toString(),
    time: shanghaiIsoString(row.createdAt),
    actorName: row.actor?.name ?? "",
    actorEmail: row.actorEmail ?? "",
    actorId: row.actorId ?? "",
    action: auditActionLabel(t, row.action),
    actionCode: row.action,
    entityType: auditEntityLabel(t, row.entityType),
    entityId: row.entityId ?? "",
    outcome: t(`audit.outcome.${row.outcome}`),
    reason: row.reason === null ? "" : auditReasonLabel(t, row.reason),
    ip: row.ip ?? "",
    userAgent: row.userAgent ?? "",
    before: json(row.before),
    after: json(row.after),
    prevHash: row.prevHash,
    hash: row.hash,
  };
  for (const key of COLUMNS) record[key] = spreadsheetSafe(record[key]);
  return record;
}

export interface AuditCsvOptions {
  filters: AuditFilters;
  t: Translate;
  from?: Db;
  batchSize?: number;
}

/** A byte stream of the CSV; reading it drives the queries (back-pressure), cancelling it stops them. */
export function auditCsvStream({ filters, t, from = db, batchSize = AUDIT_CSV_BATCH }: AuditCsvOptions): Readable {
  async function* records() {
    for await (const batch of auditEventBatches(filters, batchSize, from)) yield batch.map((row) => auditCsvRecord(row, t));
  }
  return csvByteStream(records(), auditCsvColumns(t), "audit export");
}

