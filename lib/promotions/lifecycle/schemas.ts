// What the promotion page's lifecycle controls send. A version step names the version and the rowVersion
// the page showed; a promotion step names the promotion and its version (optimistic lock).
import { z } from "zod";
import { NOTE_MAX, REJECTION_REASON_MAX, REJECTION_REASON_MIN } from "@/lib/promotions/fields";
import { referenceIdField } from "@/lib/validation/ids";

const lockVersion = z.number({ error: "validation.required" }).int().min(0);

export const promotionVersionRefSchema = z.object({ versionId: referenceIdField, rowVersion: lockVersion });
export type PromotionVersionRef = z.infer<typeof promotionVersionRefSchema>;

export const rejectPromotionVersionSchema = z.object({
  versionId: referenceIdField,
  rowVersion: lockVersion,
  reason: z.string("validation.required").trim().min(REJECTION_REASON_MIN, "validation.reasonRequired").max(REJECTION_REASON_MAX),
});
export type RejectPromotionVersion = z.infer<typeof rejectPromotionVersionSchema>;

export const promotionRefSchema = z.object({ promotionId: referenceIdField, version: lockVersion });
export type PromotionRef = z.infer<typeof promotionRefSchema>;

/** Pausing and ending say why: the note is on the promotion and in the audit trail. */
export const promotionNoteSchema = z.object({
  promotionId: referenceIdField,
  version: lockVersion,
  note: z.string("validation.required").trim().min(REJECTION_REASON_MIN, "validation.reasonRequired").max(NOTE_MAX),
});
export type PromotionNote = z.infer<typeof promotionNoteSchema>;
