// The fixed list of reasons a KYC submission can be rejected for; the console shows them by i18n key.
export const KYC_REJECTION_REASONS = [
  "ID_NUMBER_INVALID",
  "ID_EXPIRED",
  "UNDER_AGE",
  "NAME_MISMATCH",
  "BIRTH_DATE_MISMATCH",
  "DOCUMENT_UNREADABLE",
  "SELFIE_MISMATCH",
  "DUPLICATE_IDENTITY",
  "WATCHLIST_MATCH",
  "CARD_MISMATCH",
  "SUSPECTED_FRAUD",
] as const;

export type KycRejectionReason = (typeof KYC_REJECTION_REASONS)[number];

/** Hours a submission may wait before it is overdue. */
export const KYC_SLA_HOURS = 24;
