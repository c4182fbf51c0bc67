// The reporting rule set as the code uses it (pure: forms, the detector's pure parts and tests import it).
// Stored in reporting_rule_set; lib/reports/rules/rule-set.ts reads it.
import { THRESHOLD_CODES, type ThresholdCode } from "@/lib/reports/fields";

export interface Threshold {
  /** The Center's large-value characteristic code (0501 …), printed in the file. */
  reportCode: string;
  /** Inclusive: a single transaction or a day's total of at least this much is reported. */
  cnyFen: bigint;
  /** The same threshold in USD cents (a USD amount, or a CNY amount's equivalent at usdCnyRate). */
  usdCents: bigint;
}

export type ThresholdSet = Record<ThresholdCode, Threshold>;

export interface RuleSet {
  version: number;
  /** Shanghai day (YYYY-MM-DD) from which this version applies. */
  effectiveFrom: string;
  thresholds: ThresholdSet;
  /** CNY per USD, e.g. 7.1. */
  usdCnyRate: number;
  deadlineWorkingDays: number;
  retentionYears: number;
  institutionCode: string;
  institutionName: string;
  note: string | null;
  createdById: string | null;
  createdAt: Date;
}

function toBigInt(value: unknown, what: string): bigint {
  if (typeof value === "bigint") return value;
  if (typeof value === "number" && Number.isSafeInteger(value)) return BigInt(value);
  if (typeof value === "string" && /^\d+$/.test(value)) return BigInt(value);
  throw new TypeError(`rule set thresholds: ${what} is not a whole amount`);
}

/** reporting_rule_set.thresholds (JSON, amounts as numbers or digit strings) -> ThresholdSet. */
export function parseThresholds(json: unknown): ThresholdSet {
  if (!json || typeof json !== "object") throw new TypeError("rule set thresholds: not an object");
  const source = json as Record<string, unknown>;
  const out = {} as ThresholdSet;
  for (const code of THRESHOLD_CODES) {
    const entry = source[code] as Record<string, unknown> | undefined;
    if (!entry || typeof entry !== "object") throw new TypeError(`rule set thresholds: ${code} missing`);
    if (typeof entry.reportCode !== "string") throw new TypeError(`rule set thresholds: ${code}.reportCode missing`);
    out[code] = {
      reportCode: entry.reportCode,
      cnyFen: toBigInt(entry.cnyFen, `${code}.cnyFen`),
      usdCents: toBigInt(entry.usdCents, `${code}.usdCents`),
    };
  }
  return out;
}

/** ThresholdSet -> the JSON stored (amounts as digit strings: JSON has no bigint). */
export function thresholdsToJson(thresholds: ThresholdSet): Record<ThresholdCode, { reportCode: string; cnyFen: string; usdCents: string }> {
  const out = {} as Record<ThresholdCode, { reportCode: string; cnyFen: string; usdCents: string }>;
  for (const code of THRESHOLD_CODES) {
    const t = thresholds[code];
    out[code] = { reportCode: t.reportCode, cnyFen: t.cnyFen.toString(), usdCents: t.usdCents.toString() };
  }
  return out;
}
