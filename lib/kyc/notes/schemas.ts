// An internal note on a KYC submission, as the notes panel sends it.
import { z } from "zod";
import { referenceIdField } from "@/lib/validation/ids";

export const NOTE_MAX = 2000;

export const addKycNoteSchema = z.object({
  submissionId: referenceIdField,
  body: z.string({ error: "validation.required" }).trim().min(1, "validation.required").max(NOTE_MAX),
});
export type AddKycNote = z.infer<typeof addKycNoteSchema>;
