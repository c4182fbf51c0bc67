// What the promotion editor sends: the parameters (the one zod/mini schema of lib/promotions/params.ts,
// embedded so the server parses exactly what the form validated) and which promotion and draft they change.
import { z } from "zod";
import { promotionParamsSchema } from "@/lib/promotions/params";
import { referenceIdField } from "@/lib/validation/ids";

export const savePromotionDraftSchema = z.object({
  /** Absent: a new promotion with its version 1. */
  promotionId: referenceIdField.optional(),
  /** The author's DRAFT version to change; absent to start a new version of an existing promotion. */
  versionId: referenceIdField.optional(),
  /** The draft's rowVersion the form was loaded with (optimistic lock). */
  rowVersion: z.number({ error: "validation.required" }).int().min(0).optional(),
  params: promotionParamsSchema,
});
export type SavePromotionDraft = z.infer<typeof savePromotionDraftSchema>;
