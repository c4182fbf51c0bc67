// The reveal form's choices and reason lengths as plain constants, with no zod: the reveal dialog imports
// these without shipping the validation library. reveal-schemas.ts builds its zod schema on them.

export const PII_FIELDS = ["idNumber", "phone", "email", "address", "birthDate", "name"] as const;
export type PiiField = (typeof PII_FIELDS)[number];

export const REVEAL_ENTITY_TYPES = ["KycSubmission", "Customer"] as const;
export type RevealEntityType = (typeof REVEAL_ENTITY_TYPES)[number];

export const REVEAL_REASON_MIN = 5;
export const REVEAL_REASON_MAX = 500;
