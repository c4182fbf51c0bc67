// The bank's policy on approving a submission whose automated checks failed. Some failures block approval
// outright (the officer can only reject or ask for information); the others may be overridden, but only with
// a reason code from a fixed list and a written reason, and an override always goes to a compliance lead
// for the second approval whatever the risk level. Pure and without server imports: the server action
// enforces it and the decision panel asks it what to offer.
import type { KycCheckCode, KycCheckResult } from "@/lib/kyc/checks/types";

/**
 * A failed ID number (format, GB 11643 check digit), an expired document, an age below the wallet's or the
 * tier's minimum, or a sanctions/PEP hit: no reason makes these approvable.
 */
export const BLOCKING_CHECKS = ["ID_FORMAT", "ID_CHECK_DIGIT", "ID_NOT_EXPIRED", "MINIMUM_AGE", "TIER_AGE", "WATCHLIST"] as const satisfies readonly KycCheckCode[];

/** Differences an officer can clear with evidence (a typo, a former name, the bank confirming a card). */
export const OVERRIDABLE_CHECKS = ["NAME_MATCH", "BIRTH_DATE_MATCH", "DUPLICATE_ID", "CARD_BIN_KNOWN", "CARD_HOLDER_MATCH"] as const satisfies readonly KycCheckCode[];

/** Why an officer approves despite an overridable failure; the console shows them by i18n key. */
export const KYC_OVERRIDE_REASONS = [
  "TYPING_ERROR_VERIFIED",
  "NAME_VARIANT_VERIFIED",
  "SAME_PERSON_VERIFIED",
  "CARD_VERIFIED_WITH_BANK",
  "OTHER_DOCUMENTED",
] as const;
export type KycOverrideReason = (typeof KYC_OVERRIDE_REASONS)[number];

/** The written reason must say something a lead and an auditor can check. */
export const OVERRIDE_REASON_MIN = 15;
export const OVERRIDE_REASON_MAX = 1000;

export type ApprovalPolicy =
  /** Nothing failed: approve as usual (a high-risk one still goes to a lead). */
  | { kind: "clean" }
  /** At least one blocking failure: reject or request information only. */
  | { kind: "blocked"; checks: KycCheckCode[] }
  /** Only overridable failures: approvable with a reason code and a written reason, then a lead. */
  | { kind: "override"; checks: KycCheckCode[] };

const isBlocking = (code: KycCheckCode) => (BLOCKING_CHECKS as readonly KycCheckCode[]).includes(code);

/** What the policy allows for a submission with these check results. Warnings never block or need an override. */
export function approvalPolicy(results: readonly Pick<KycCheckResult, "code" | "outcome">[]): ApprovalPolicy {
  const failed = [...new Set(results.filter((r) => r.outcome === "fail").map((r) => r.code))];
  const blocking = failed.filter(isBlocking);
  if (blocking.length > 0) return { kind: "blocked", checks: blocking };
  // A check code this list does not know yet is treated as overridable, never as silently passing.
  if (failed.length > 0) return { kind: "override", checks: failed };
  return { kind: "clean" };
}

export interface OverrideInput {
  overrideCode?: string | null;
  overrideReason?: string | null;
}

/** The override's fields that are missing or too short, as i18n keys by field; empty when it is complete. */
export function overrideFieldErrors(input: OverrideInput): Partial<Record<"overrideCode" | "overrideReason", "kycReview.override.codeRequired" | "kycReview.override.reasonTooShort">> {
  const errors: ReturnType<typeof overrideFieldErrors> = {};
  if (!input.overrideCode || !(KYC_OVERRIDE_REASONS as readonly string[]).includes(input.overrideCode)) errors.overrideCode = "kycReview.override.codeRequired";
  if ((input.overrideReason ?? "").trim().length < OVERRIDE_REASON_MIN) errors.overrideReason = "kycReview.override.reasonTooShort";
  return errors;
}
