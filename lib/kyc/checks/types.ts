// The automated checks' results as stored in kyc_submission.check_results and shown to reviewers.
// Messages are i18n keys under kycChecks.* with values, so each reviewer reads them in their language.
import type { KycDocumentRead, KycIdentityRead } from "@/lib/kyc/submission-data";

export const KYC_CHECK_CODES = [
  "ID_FORMAT",
  "ID_CHECK_DIGIT",
  "BIRTH_DATE_MATCH",
  "MINIMUM_AGE",
  "TIER_AGE",
  "ID_NOT_EXPIRED",
  "NAME_MATCH",
  "DUPLICATE_ID",
  "WATCHLIST",
  "CARD_BIN_KNOWN",
  "CARD_HOLDER_MATCH",
] as const;

export type KycCheckCode = (typeof KYC_CHECK_CODES)[number];
export type CheckOutcome = "pass" | "warn" | "fail";

export interface KycCheckResult {
  code: KycCheckCode;
  outcome: CheckOutcome;
  /** i18n key under kycChecks.detail, e.g. "kycChecks.detail.idChecksumWrong". */
  detail: string;
  values?: Record<string, string | number>;
}

export interface KycRiskAssessment {
  results: KycCheckResult[];
  /** 0-100. */
  score: number;
  level: "LOW" | "MEDIUM" | "HIGH";
}

/** What the checks look at: the submission as the wallet app sent it. */
export interface KycAssessmentInput {
  entered: KycIdentityRead;
  read: KycDocumentRead;
  tierRequested: 1 | 2 | 3;
  submittedAt: Date;
}

/** Another customer who uses the same ID number. */
export interface DuplicateIdUse {
  customerId: string;
  submissionId?: string;
  name: string;
}

/** A sanctions or PEP entry that may match the applicant (birthDate YYYY-MM-DD, or null when unknown). */
export interface WatchlistCandidate {
  id: string;
  kind: "SANCTIONS" | "PEP";
  name: string;
  namePinyin: string;
  birthDate: string | null;
  source: string;
}

/** What the checks need from outside the submission; lib/kyc/checks/assessment.ts reads it from the database. */
export interface KycAssessmentContext {
  duplicates: DuplicateIdUse[];
  watchlist: WatchlistCandidate[];
  /** The issuer of the card's BIN, or null when the BIN is not in card_bin. */
  cardBin: { bankName: string; cardType: string } | null;
}

const OUTCOMES: readonly string[] = ["pass", "warn", "fail"];

/** Reads check_results as stored (JSON), dropping anything that is not a result: old or hand-edited rows
 *  must not break the review page. */
export function parseCheckResults(json: unknown): KycCheckResult[] {
  if (!Array.isArray(json)) return [];
  return json.flatMap((item: unknown): KycCheckResult[] => {
    if (typeof item !== "object" || item === null) return [];
    const { code, outcome, detail, values } = item as Record<string, unknown>;
    if (!(KYC_CHECK_CODES as readonly unknown[]).includes(code) || !OUTCOMES.includes(outcome as string) || typeof detail !== "string") return [];
    const cleanValues =
      typeof values === "object" && values !== null
        ? Object.fromEntries(Object.entries(values).filter((e): e is [string, string | number] => typeof e[1] === "string" || typeof e[1] === "number"))
        : undefined;
    return [{ code: code as KycCheckCode, outcome: outcome as CheckOutcome, detail, ...(cleanValues ? { values: cleanValues } : {}) }];
  });
}
