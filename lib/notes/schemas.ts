// Internal notes, on a KYC submission or on a customer, as the notes card sends them. One body rule for
// both; each subject names its record the way its pages do. No server imports: the form uses it too.
import { z } from "zod";
import { referenceIdField } from "@/lib/validation/ids";
import { NOTE_MAX } from "@/lib/notes/fields";
export { NOTE_SUBJECTS, NOTE_MAX, NOTE_TARGET_FIELD } from "@/lib/notes/fields";
export type { NoteSubject } from "@/lib/notes/fields";

const body = z.string({ error: "validation.required" }).trim().min(1, "validation.required").max(NOTE_MAX);

export const addKycNoteSchema = z.object({ submissionId: referenceIdField, body });
export const addCustomerNoteSchema = z.object({ customerId: referenceIdField, body });

