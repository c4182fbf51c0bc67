// What the settings forms send: a calendar day to add or remove, a new rule-set version. Server side only
// (forms take their limits from fields.ts).
import { z } from "zod";
import { THRESHOLD_CODES } from "@/lib/reports/fields";
import {
  AMOUNT_PATTERN,
  CALENDAR_DAY_KINDS,
  CALENDAR_NAME_MAX,
  DEADLINE_DAYS_MAX,
  DEADLINE_DAYS_MIN,
  INSTITUTION_CODE_MAX,
  INSTITUTION_NAME_MAX,
  RATE_PATTERN,
  REPORT_CODE_PATTERN,
  RETENTION_YEARS_MAX,
  RETENTION_YEARS_MIN,
  RULE_NOTE_MAX,
} from "@/lib/reports/rules/fields";

function isRealDay(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export const dayField = z
  .string("reportsRules.errors.day")
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "reportsRules.errors.day")
  .refine(isRealDay, "reportsRules.errors.day");

export const addCalendarDaySchema = z.object({
  day: dayField,
  kind: z.enum(CALENDAR_DAY_KINDS, { error: "reportsRules.errors.kind" }),
  name: z.string("validation.required").trim().min(1, "validation.required").max(CALENDAR_NAME_MAX),
});
export type AddCalendarDay = z.infer<typeof addCalendarDaySchema>;

export const removeCalendarDaySchema = z.object({ day: dayField });
export type RemoveCalendarDay = z.infer<typeof removeCalendarDaySchema>;

/** "50000" or "50000.5" yuan/dollars -> fen/cents. */
const amount = z
  .string("validation.required")
  .trim()
  .regex(AMOUNT_PATTERN, "reportsRules.errors.amount")
  .transform((text) => {
    const [whole = "0", fraction = ""] = text.split(".");
    return BigInt(whole) * 100n + BigInt(fraction.padEnd(2, "0"));
  })
  .refine((minor) => minor > 0n, "reportsRules.errors.amount");

const threshold = z.object({
  reportCode: z.string("validation.required").trim().regex(REPORT_CODE_PATTERN, "reportsRules.errors.reportCode"),
  cnyYuan: amount,
  usdDollars: amount,
});

export const createRuleSetSchema = z.object({
  /** The newest version the form was filled against: another lead's newer version is a conflict. */
  latestVersion: z.coerce.number("validation.required").int().min(0),
  effectiveFrom: dayField,
  thresholds: z.object(Object.fromEntries(THRESHOLD_CODES.map((code) => [code, threshold])) as Record<(typeof THRESHOLD_CODES)[number], typeof threshold>),
  usdCnyRate: z
    .string("validation.required")
    .trim()
    .regex(RATE_PATTERN, "reportsRules.errors.rate")
    .refine((text) => Number(text) > 0, "reportsRules.errors.rate"),
  deadlineWorkingDays: z.coerce.number("validation.notWholeNumber").int("validation.notWholeNumber").min(DEADLINE_DAYS_MIN).max(DEADLINE_DAYS_MAX),
  retentionYears: z.coerce
    .number("validation.notWholeNumber")
    .int("validation.notWholeNumber")
    .min(RETENTION_YEARS_MIN, "reportsRules.errors.retention")
    .max(RETENTION_YEARS_MAX),
  institutionCode: z.string("validation.required").trim().min(1, "validation.required").max(INSTITUTION_CODE_MAX).regex(/^[0-9A-Z]+$/, "reportsRules.errors.institutionCode"),
  institutionName: z.string("validation.required").trim().min(1, "validation.required").max(INSTITUTION_NAME_MAX),
  note: z.string().trim().max(RULE_NOTE_MAX).optional().default(""),
});
export type CreateRuleSet = z.infer<typeof createRuleSetSchema>;
