// Changing the reporting configuration: adding or removing a working-calendar exception, entering a new
// rule-set version. Each is one transaction with its audit event. A rule set is never edited: a change of
// rule is a new version from a day on (today or later), so reports keep the version they were drafted under.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db/client";
import type { ActionContext } from "@/lib/actions/context";
import { conflict, invalidField, notFound } from "@/lib/actions/errors";
import { recordAudit } from "@/lib/audit/write";
import { REPORT_AUDIT, THRESHOLD_CODES } from "@/lib/reports/fields";
import { thresholdsToJson, type ThresholdSet } from "@/lib/reports/rules/types";
import type { AddCalendarDay, CreateRuleSet, RemoveCalendarDay } from "@/lib/reports/rules/schemas";
import { dateOnly, formatDateTime, shanghaiDay } from "@/lib/time";

export const CALENDAR_ENTITY = "WorkingCalendarDay";
export const RULE_SET_ENTITY = "ReportingRuleSet";

type Tx = Prisma.TransactionClient;

/** The calendar is one shared table: writers take turns so "already there" and "not there" are exact. */
const CALENDAR_LOCK = "reporting-calendar";
const RULE_SET_LOCK = "reporting-rule-set";

async function lock(tx: Tx, key: string) {
  await tx.$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock(hashtext(${key})::bigint)`;
}

export async function addCalendarDay(db: Db, input: AddCalendarDay, actor: ActionContext): Promise<{ day: string }> {
  return db.$transaction(async (tx) => {
    await lock(tx, CALENDAR_LOCK);
    const existing = await tx.workingCalendarDay.findUnique({ where: { day: dateOnly(input.day) } });
    if (existing) throw invalidField("day", "reportsRules.errors.dayExists");
    await tx.workingCalendarDay.create({ data: { day: dateOnly(input.day), kind: input.kind, name: input.name } });
    await recordAudit(tx, {
      actor: actor.staff,
      action: REPORT_AUDIT.calendarChange,
      entityType: CALENDAR_ENTITY,
      entityId: input.day,
      before: null,
      after: { day: input.day, kind: input.kind, name: input.name },
      request: actor.request,
    });
    return { day: input.day };
  });
}

export async function removeCalendarDay(db: Db, input: RemoveCalendarDay, actor: ActionContext): Promise<{ day: string }> {
  return db.$transaction(async (tx) => {
    await lock(tx, CALENDAR_LOCK);
    const existing = await tx.workingCalendarDay.findUnique({ where: { day: dateOnly(input.day) } });
    if (!existing) throw notFound("reportsRules.errors.dayGone");
    await tx.workingCalendarDay.delete({ where: { day: dateOnly(input.day) } });
    await recordAudit(tx, {
      actor: actor.staff,
      action: REPORT_AUDIT.calendarChange,
      entityType: CALENDAR_ENTITY,
      entityId: input.day,
      before: { day: input.day, kind: existing.kind, name: existing.name },
      after: null,
      request: actor.request,
    });
    return { day: input.day };
  });
}

export async function createRuleSetVersion(db: Db, input: CreateRuleSet, actor: ActionContext, now: Date = new Date()): Promise<{ version: number }> {
  if (input.effectiveFrom < shanghaiDay(now)) throw invalidField("effectiveFrom", "reportsRules.errors.effectiveFromPast");
  return db.$transaction(async (tx) => {
    await lock(tx, RULE_SET_LOCK);
    const latest = await tx.reportingRuleSet.findFirst({ orderBy: { version: "desc" }, select: { version: true, createdAt: true, createdById: true } });
    const latestVersion = latest?.version ?? 0;
    if (latestVersion !== input.latestVersion) {
      const who = latest?.createdById ? await tx.staffUser.findUnique({ where: { id: latest.createdById }, select: { name: true } }) : null;
      throw who && latest
        ? conflict("reportsRules.errors.newerVersion", { version: latestVersion, name: who.name, time: formatDateTime(latest.createdAt) })
        : conflict("reportsRules.errors.newerVersionUnknown", { version: latestVersion });
    }
    const thresholds = {} as ThresholdSet;
    for (const code of THRESHOLD_CODES) {
      const t = input.thresholds[code];
      thresholds[code] = { reportCode: t.reportCode, cnyFen: t.cnyYuan, usdCents: t.usdDollars };
    }
    const version = latestVersion + 1;
    const data = {
      version,
      effectiveFrom: dateOnly(input.effectiveFrom),
      thresholds: thresholdsToJson(thresholds),
      usdCnyRate: input.usdCnyRate,
      deadlineWorkingDays: input.deadlineWorkingDays,
      retentionYears: input.retentionYears,
      institutionCode: input.institutionCode,
      institutionName: input.institutionName,
      note: input.note || null,
      createdById: actor.staff.id,
    };
    await tx.reportingRuleSet.create({ data });
    await recordAudit(tx, {
      actor: actor.staff,
      action: REPORT_AUDIT.ruleSetChange,
      entityType: RULE_SET_ENTITY,
      entityId: String(version),
      before: { latestVersion },
      after: { ...data, effectiveFrom: input.effectiveFrom },
      request: actor.request,
    });
    return { version };
  });
}
