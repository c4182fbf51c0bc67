// What the customer entered next to what was read from their documents, row by row, with differences
// found on the real values and personal data masked before it leaves lib/. A row whose two sides agree can
// still carry a failed automated check (a wrong check digit typed and printed alike, an expired card): the
// row names those checks, so the card never calls a submission "all match" that its checks failed.
// Pure: unit-tested beside it.
import type { KycCheckCode, KycCheckResult } from "@/lib/kyc/checks/types";
import type { KycDocumentData, KycIdentityData } from "@/lib/kyc/submission-data";
import { showPii } from "@/lib/privacy/policy";
import type { PiiField } from "@/lib/privacy/reveal-schemas";

export const COMPARISON_FIELDS = ["name", "idNumber", "birthDate", "gender", "idValidFrom", "idValidTo", "address", "card", "cardHolderName", "ethnicity", "issuingAuthority", "cardBankName"] as const;
export type ComparisonField = (typeof COMPARISON_FIELDS)[number];

export interface ComparisonRow {
  field: ComparisonField;
  /** Masked where `pii` is set; null when the source has no such value. */
  entered: string | null;
  read: string | null;
  result: "match" | "differ" | "documentOnly";
  /** Set for personal data shown masked until revealed. */
  pii: PiiField | null;
  /** Automated checks on this field that failed, whether or not the two sides agree. */
  failedChecks: KycCheckCode[];
}

/** The fields each automated check judges. */
const CHECKED_FIELDS: Readonly<Record<KycCheckCode, readonly ComparisonField[]>> = {
  ID_FORMAT: ["idNumber"],
  ID_CHECK_DIGIT: ["idNumber"],
  DUPLICATE_ID: ["idNumber"],
  BIRTH_DATE_MATCH: ["birthDate"],
  MINIMUM_AGE: ["birthDate"],
  TIER_AGE: ["birthDate"],
  ID_NOT_EXPIRED: ["idValidTo"],
  NAME_MATCH: ["name"],
  WATCHLIST: ["name"],
  CARD_BIN_KNOWN: ["card"],
  CARD_HOLDER_MATCH: ["cardHolderName"],
};

/** Rows that need the reviewer's eye: the two sides differ, or a check on the field failed. */
export function comparisonFindings(rows: readonly ComparisonRow[]): { differ: number; checkFailed: number } {
  return {
    differ: rows.filter((r) => r.result === "differ").length,
    checkFailed: rows.filter((r) => r.result !== "differ" && r.failedChecks.length > 0).length,
  };
}

const MASKED: Partial<Record<ComparisonField, PiiField>> = { idNumber: "idNumber", birthDate: "birthDate", address: "address" };
const DOCUMENT_ONLY = new Set<ComparisonField>(["ethnicity", "issuingAuthority", "cardBankName"]);

type Source = Partial<KycDocumentData & KycIdentityData>;

function value(source: Source, field: ComparisonField): string | null {
  if (field === "card") return source.cardBin && source.cardLast4 ? `${source.cardBin} **** ${source.cardLast4}` : null;
  const raw = source[field];
  return typeof raw === "string" && raw !== "" ? raw : null;
}

/** Spacing and letter case are how people type, not a different identity ("张 伟" is "张伟"). */
export function sameValue(a: string | null, b: string | null): boolean {
  const norm = (v: string | null) => (v ?? "").replace(/\s+/g, "").toUpperCase();
  return norm(a) === norm(b);
}

export function compareSubmissionData(enteredData: unknown, documentData: unknown, checks: readonly Pick<KycCheckResult, "code" | "outcome">[] = []): ComparisonRow[] {
  const entered = (enteredData ?? {}) as Source;
  const read = (documentData ?? {}) as Source;
  return COMPARISON_FIELDS.map((field) => {
    const e = DOCUMENT_ONLY.has(field) ? null : value(entered, field);
    const r = value(read, field);
    const pii = MASKED[field] ?? null;
    const show = (v: string | null) => (v !== null && pii ? showPii("workspace", pii, v) : v);
    const result = DOCUMENT_ONLY.has(field) ? "documentOnly" : sameValue(e, r) ? "match" : "differ";
    const failedChecks = checks.filter((c) => c.outcome === "fail" && CHECKED_FIELDS[c.code]?.includes(field)).map((c) => c.code);
    return { field, entered: show(e), read: show(r), result, pii, failedChecks };
  });
}
