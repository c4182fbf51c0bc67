// Internal notes, on a KYC submission or on a customer, as the notes card sends them. One body rule for
// both; each subject names its record the way its pages do. No server imports: the form uses it too.
import { z } from "zod";
import { referenceIdField } from "@/lib/validation/ids";

export const NOTE_SUBJECTS = ["kyc", "customer"] as const;
export type NoteSubject = (typeof NOTE_SUBJECTS)[number];

export const NOTE_MAX = 2000;

const body = z.string({ error: "validation.required" }).trim().min(1, "validation.required").max(NOTE_MAX);

export const addKycNoteSchema = z.object({ submissionId: referenceIdField, body });
export const addCustomerNoteSchema = z.object({ customerId: referenceIdField, body });

/** The field that carries the record's id in each subject's form. */
export const NOTE_TARGET_FIELD = { kyc: "submissionId", customer: "customerId" } as const satisfies Record<NoteSubject, string>;
