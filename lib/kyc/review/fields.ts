// The lengths and choices of a KYC decision's inputs as plain constants, with no zod: client forms import
// these without shipping the validation library. schemas.ts builds its zod schemas on them.

export const KYC_DOCUMENT_KINDS = ["ID_FRONT", "ID_BACK", "SELFIE", "BANK_CARD"] as const;
export type KycDocumentKind = (typeof KYC_DOCUMENT_KINDS)[number];

export const DECISION_NOTE_MAX = 1000;
export const INFO_MESSAGE_MAX = 500;
