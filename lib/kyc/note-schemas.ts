// An internal note on a KYC submission, as the notes panel sends it.
import { z } from "zod";

export const NOTE_MAX = 2000;

export const addKycNoteSchema = z.object({
  submissionId: z.string({ error: "validation.required" }).trim().min(1, "validation.required").max(40),
  body: z.string({ error: "validation.required" }).trim().min(1, "validation.required").max(NOTE_MAX),
});
export type AddKycNote = z.infer<typeof addKycNoteSchema>;
