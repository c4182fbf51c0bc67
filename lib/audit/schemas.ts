// The audit trail's filters, read from a URL. One schema serves the page, the CSV export and the links
// between them, so an export holds exactly the events the auditor was looking at.
import { z } from "zod";
import { parseShanghaiLocal } from "@/lib/time";
import { parseBigintId } from "@/lib/validation/ids";

/** Trimmed text; an empty field of the GET form counts as "no filter". */
const text = (max: number) => z.preprocess((value) => (typeof value === "string" ? value.trim() || undefined : value), z.string().max(max).optional());

const shanghaiLocal = text(19).refine((value) => value === undefined || parseShanghaiLocal(value) !== null);

export const auditFiltersSchema = z
  .object({
    /** A staff id, from the staff select. */
    actor: text(64),
    /** Part of the email an event was recorded with (failed sign-ins of unknown accounts have no staff id). */
    actorEmail: text(254),
    action: text(100),
    entityType: text(64),
    entityId: text(200),
    outcome: z.preprocess((value) => value || undefined, z.enum(["SUCCESS", "FAILURE"]).optional()),
    /** Shanghai wall-clock time, "YYYY-MM-DDTHH:mm", as the datetime-local input sends it. */
    from: shanghaiLocal,
    to: shanghaiLocal,
  })
  .refine((filters) => !filters.from || !filters.to || parseShanghaiLocal(filters.from)! <= parseShanghaiLocal(filters.to)!, { path: ["to"] });

export type AuditFilters = z.infer<typeof auditFiltersSchema>;
export type AuditFilterKey = keyof AuditFilters;
export const AUDIT_FILTER_KEYS = ["actor", "actorEmail", "action", "entityType", "entityId", "outcome", "from", "to"] as const satisfies readonly AuditFilterKey[];

/** Keyset position: `before` an id for older events, `after` an id for newer ones. */
export interface AuditCursor {
  before?: bigint;
  after?: bigint;
}

type SearchParams = URLSearchParams | Record<string, string | string[] | undefined>;

function param(params: SearchParams, key: string): string | undefined {
  const value = params instanceof URLSearchParams ? params.get(key) ?? undefined : params[key];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * The filters in a URL. Invalid ones are named, never silently dropped: a list or an export that quietly
 * ignored "to" would show an auditor more than they asked for and let them believe it was less.
 */
export function readAuditFilters(params: SearchParams): { filters: AuditFilters; invalid: AuditFilterKey[]; values: Partial<Record<AuditFilterKey, string>> } {
  // What was typed, invalid or not, so the form can show it back for correcting.
  const values: Partial<Record<AuditFilterKey, string>> = {};
  for (const key of AUDIT_FILTER_KEYS) {
    const value = param(params, key)?.trim();
    if (value) values[key] = value;
  }
  const parsed = auditFiltersSchema.safeParse(values);
  if (parsed.success) return { filters: parsed.data, invalid: [], values };
  const invalid = [...new Set(parsed.error.issues.map((issue) => issue.path[0] as AuditFilterKey))];
  return { filters: {}, invalid, values };
}

/** A cursor that is not an event id within bigint (9999999999999999999) is no cursor: the list starts from the newest. */
export function readAuditCursor(params: SearchParams): AuditCursor {
  const before = parseBigintId(param(params, "before"));
  if (before !== null) return { before };
  const after = parseBigintId(param(params, "after"));
  if (after !== null) return { after };
  return {};
}

/** Query string of the filters (and a cursor), without empty values: shareable, and the same for the export. */
export function auditQueryString(filters: AuditFilters, cursor: AuditCursor = {}): string {
  const params = new URLSearchParams();
  for (const key of AUDIT_FILTER_KEYS) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  if (cursor.before !== undefined) params.set("before", cursor.before.toString());
  else if (cursor.after !== undefined) params.set("after", cursor.after.toString());
  const query = params.toString();
  return query ? `?${query}` : "";
}

/**
 * [from, to] as instants. "To" includes the whole minute it names (14:30 means up to 14:30:59.999), which
 * is what someone typing it into a minute-precision field means.
 */
export function auditTimeRange(filters: AuditFilters): { gte?: Date; lt?: Date } | null {
  const from = filters.from ? parseShanghaiLocal(filters.from) : null;
  const to = filters.to ? parseShanghaiLocal(filters.to) : null;
  if (!from && !to) return null;
  const step = filters.to && filters.to.length > 16 ? 1_000 : 60_000;
  return { ...(from ? { gte: from } : {}), ...(to ? { lt: new Date(to.getTime() + step) } : {}) };
}
