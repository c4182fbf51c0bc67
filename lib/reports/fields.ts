// The vocabulary of regulatory reporting as plain constants (no zod, no server imports), so forms, pages,
// the detector, the workflow and the export file agree. Codes in `report` are the ones the file carries;
// they follow the China Anti-Money Laundering Monitoring and Analysis Center's 2017 data-submission
// standard as far as this project knows it (docs/reports.md lists what to confirm before production).
import type { RegulatoryReportKind, RegulatoryReportStatus } from "@/lib/generated/prisma/enums";

export const REPORT_KINDS = ["LARGE_VALUE", "SUSPICIOUS"] as const satisfies readonly RegulatoryReportKind[];

export const REPORT_STATUSES = [
  "DRAFT",
  "SUBMITTED_FOR_REVIEW",
  "RETURNED",
  "APPROVED",
  "EXPORTED",
  "ACKNOWLEDGED",
  "REJECTED_BY_REGULATOR",
] as const satisfies readonly RegulatoryReportStatus[];

/** Still the bank's to finish: the deadline applies and overdue is shown. */
export const UNFILED_STATUSES = ["DRAFT", "SUBMITTED_FOR_REVIEW", "RETURNED", "APPROVED"] as const satisfies readonly RegulatoryReportStatus[];
/** A drafter may change the content. */
export const EDITABLE_STATUSES = ["DRAFT", "RETURNED"] as const satisfies readonly RegulatoryReportStatus[];

/** The reference's prefix per kind: LVR-20261201-0042, STR-20261203-0007. */
export const REFERENCE_PREFIX = { LARGE_VALUE: "LVR", SUSPICIOUS: "STR" } as const satisfies Record<RegulatoryReportKind, string>;

/**
 * The large-value thresholds (the amounts live in the rule set, reporting_rule_set.thresholds). A
 * transaction counts toward exactly one: cash-like for top-ups and withdrawals, cross-border when the
 * transaction is, else a domestic transfer (natural or non-natural person by the customer).
 */
export const THRESHOLD_CODES = ["CASH", "NATURAL_DOMESTIC_TRANSFER", "NATURAL_CROSS_BORDER", "NON_NATURAL_TRANSFER"] as const;
export type ThresholdCode = (typeof THRESHOLD_CODES)[number];

/** Money in and money out are counted separately (单边累计). */
export const DIRECTIONS = ["IN", "OUT"] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** What started a suspicious-transaction report (可疑交易报告触发点). */
export const STR_TRIGGERS = [
  { code: "MODEL_SCREENING", report: "01" },
  { code: "LAW_ENFORCEMENT_REQUEST", report: "02" },
  { code: "REGULATOR_REQUEST", report: "03" },
  { code: "INTERNAL_CASE", report: "04" },
  { code: "PUBLIC_OPINION", report: "05" },
  { code: "STAFF_DISCOVERY", report: "06" },
  { code: "OTHER", report: "99" },
] as const;
export type StrTrigger = (typeof STR_TRIGGERS)[number]["code"];

/** The suspected predicate crime (涉罪类型): the seven of Article 191 of the Criminal Law, then the frauds seen here. */
export const CRIME_TYPES = [
  { code: "DRUGS", report: "0101" },
  { code: "ORGANIZED_CRIME", report: "0102" },
  { code: "TERRORISM", report: "0103" },
  { code: "SMUGGLING", report: "0104" },
  { code: "CORRUPTION_BRIBERY", report: "0105" },
  { code: "FINANCIAL_ORDER", report: "0106" },
  { code: "FINANCIAL_FRAUD", report: "0107" },
  { code: "TELECOM_FRAUD", report: "0201" },
  { code: "ILLEGAL_FUNDRAISING", report: "0202" },
  { code: "GAMBLING", report: "0203" },
  { code: "TAX_EVASION", report: "0204" },
  { code: "UNDETERMINED", report: "9999" },
] as const;
export type CrimeType = (typeof CRIME_TYPES)[number]["code"];

/** The review thread's entries. */
export const COMMENT_KINDS = ["RETURN", "COMMENT", "REGULATOR_REJECTION"] as const;
export type CommentKind = (typeof COMMENT_KINDS)[number];

/** Occupation (GB/T 6565-2015 major groups, plus the three a personal customer may be outside them). */
export const OCCUPATIONS = [
  { code: "1", key: "leader" },
  { code: "2", key: "professional" },
  { code: "3", key: "clerical" },
  { code: "4", key: "service" },
  { code: "5", key: "agriculture" },
  { code: "6", key: "production" },
  { code: "7", key: "military" },
  { code: "8", key: "other" },
  { code: "S", key: "student" },
  { code: "R", key: "retired" },
  { code: "U", key: "unemployed" },
] as const;

/** The audit trail's names for every step of a report (labels: lib/i18n/messages/<locale>/audit.ts). */
export const REPORT_AUDIT = {
  detect: "report.detect-large-value",
  openStr: "report.open-str",
  edit: "report.edit",
  submit: "report.submit",
  approve: "report.approve",
  return: "report.return",
  comment: "report.comment",
  export: "report.export",
  download: "report.download",
  acknowledge: "report.acknowledge",
  regulatorReject: "report.regulator-reject",
  openCorrection: "report.open-correction",
  excludeCase: "case.str-exclude",
  ruleSetChange: "reporting.rule-set",
  calendarChange: "reporting.calendar",
} as const;

export const REPORT_ENTITY = "RegulatoryReport";
export const EXPORT_ENTITY = "RegulatoryExport";
