// The settings forms' limits and choices (no zod, no server imports): the forms and schemas.ts share them.
export { CALENDAR_DAY_KINDS, type CalendarDayKind } from "@/lib/reports/calendar/working-days";

export const CALENDAR_NAME_MAX = 40;
/** The Measures require at least five years; a rule set may keep records longer, never shorter. */
export const RETENTION_YEARS_MIN = 5;
export const RETENTION_YEARS_MAX = 30;
export const DEADLINE_DAYS_MIN = 1;
export const DEADLINE_DAYS_MAX = 30;
export const INSTITUTION_CODE_MAX = 32;
export const INSTITUTION_NAME_MAX = 100;
export const RULE_NOTE_MAX = 200;
/** CNY per USD: a positive decimal with at most 6 places (reporting_rule_set.usd_cny_rate numeric(12,6)). */
export const RATE_PATTERN = /^\d{1,5}(\.\d{1,6})?$/;
/** Whole yuan or dollars, or with cents: "50000", "50000.00". */
export const AMOUNT_PATTERN = /^\d{1,12}(\.\d{1,2})?$/;
export const REPORT_CODE_PATTERN = /^\d{4}$/;
/** The settings page's calendar shows one year at a time. */
export const CALENDAR_YEAR_MIN = 2000;
export const CALENDAR_YEAR_MAX = 2100;
