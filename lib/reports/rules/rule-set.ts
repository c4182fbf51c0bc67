// The reporting rules in force: the newest reporting_rule_set version whose effective_from is on or
// before the day. Thresholds, USD rate, deadline, retention and the reporting institution are data, so a
// change of rule is a new version (the settings page), never a code change.
import type { Prisma } from "@/lib/generated/prisma/client";
import { dateOnly, formatDateOnly } from "@/lib/time";
import { parseThresholds, type RuleSet } from "@/lib/reports/rules/types";

export type { RuleSet, Threshold, ThresholdSet } from "@/lib/reports/rules/types";

/** The Prisma client (lib/db.ts) or a transaction client. */
export type RuleSetReader = Pick<Prisma.TransactionClient, "reportingRuleSet">;

type Row = Prisma.ReportingRuleSetGetPayload<object>;

export function toRuleSet(row: Row): RuleSet {
  return {
    version: row.version,
    effectiveFrom: formatDateOnly(row.effectiveFrom),
    thresholds: parseThresholds(row.thresholds),
    usdCnyRate: Number(row.usdCnyRate.toString()),
    deadlineWorkingDays: row.deadlineWorkingDays,
    retentionYears: row.retentionYears,
    institutionCode: row.institutionCode,
    institutionName: row.institutionName,
    note: row.note,
    createdById: row.createdById,
    createdAt: row.createdAt,
  };
}

/** The rule set in force on a Shanghai day (YYYY-MM-DD). Throws when no version is effective yet. */
export async function ruleSetInForce(db: RuleSetReader, day: string): Promise<RuleSet> {
  const row = await db.reportingRuleSet.findFirst({
    where: { effectiveFrom: { lte: dateOnly(day) } },
    orderBy: [{ effectiveFrom: "desc" }, { version: "desc" }],
  });
  if (!row) throw new Error(`no reporting rule set is in force on ${day}`);
  return toRuleSet(row);
}

/** One version (a report's own ruleSetVersion), or null. */
export async function ruleSetVersion(db: RuleSetReader, version: number): Promise<RuleSet | null> {
  const row = await db.reportingRuleSet.findUnique({ where: { version } });
  return row ? toRuleSet(row) : null;
}

/** Every version, newest first (the settings page). */
export async function ruleSetVersions(db: RuleSetReader): Promise<RuleSet[]> {
  const rows = await db.reportingRuleSet.findMany({ orderBy: { version: "desc" } });
  return rows.map(toRuleSet);
}
