// The choices and lengths of the investigation's inputs as plain constants (no zod), so the action forms
// and the server's schemas agree without any page shipping zod. No server imports.

/** Why an alert was not fraud: a category a report can count, beside the officer's own words. */
export const FALSE_POSITIVE_REASONS = [
  "CUSTOMER_CONFIRMED",
  "CONSISTENT_WITH_HISTORY",
  "LEGITIMATE_BUSINESS",
  "KNOWN_COUNTERPARTY",
  "DUPLICATE_ALERT",
  "OTHER",
] as const;
export type FalsePositiveReason = (typeof FALSE_POSITIVE_REASONS)[number];

/** A case's outcome: every alert in it resolved the same way. */
export const CASE_OUTCOMES = ["CONFIRMED", "FALSE_POSITIVE"] as const;
export type CaseOutcome = (typeof CASE_OUTCOMES)[number];

/** The resolution code stored on an alert confirmed as fraud (false positives store their reason code). */
export const FRAUD_CONFIRMED = "FRAUD_CONFIRMED";

export const NOTE_MAX = 2000;
export const RESOLUTION_NOTE_MAX = 1000;
/** Confirming fraud freezes the wallet with this text as the freeze's reason: as long as a freeze asks. */
export const CONFIRM_NOTE_MIN = 5;
export const CONFIRM_NOTE_MAX = 500;
export const ESCALATION_REASON_MIN = 5;
export const ESCALATION_REASON_MAX = 1000;
export const CASE_TITLE_MAX = 120;
/**
 * A case closed without a suspicious-transaction report records why it is not reported (the analysis that
 * excludes it): long enough to be an analysis, not a tick.
 */
export const STR_EXCLUSION_MIN = 10;
export const STR_EXCLUSION_MAX = 2000;
