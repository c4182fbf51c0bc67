// The lengths and choices of the notes card's inputs as plain constants, with no zod: client forms import
// these without shipping the validation library. schemas.ts builds its zod schemas on them.

export const NOTE_SUBJECTS = ["kyc", "customer"] as const;
export type NoteSubject = (typeof NOTE_SUBJECTS)[number];

export const NOTE_MAX = 2000;

/** The field that carries the record's id in each subject's form. */
export const NOTE_TARGET_FIELD = { kyc: "submissionId", customer: "customerId" } as const satisfies Record<NoteSubject, string>;
