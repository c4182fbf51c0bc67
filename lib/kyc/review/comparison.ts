// What the customer entered next to what was read from their documents, row by row, with differences
// found on the real values and personal data masked before it leaves lib/. Pure: unit-tested beside it.
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

export function compareSubmissionData(enteredData: unknown, documentData: unknown): ComparisonRow[] {
  const entered = (enteredData ?? {}) as Source;
  const read = (documentData ?? {}) as Source;
  return COMPARISON_FIELDS.map((field) => {
    const e = DOCUMENT_ONLY.has(field) ? null : value(entered, field);
    const r = value(read, field);
    const pii = MASKED[field] ?? null;
    const show = (v: string | null) => (v !== null && pii ? showPii("workspace", pii, v) : v);
    const result = DOCUMENT_ONLY.has(field) ? "documentOnly" : sameValue(e, r) ? "match" : "differ";
    return { field, entered: show(e), read: show(r), result, pii };
  });
}
