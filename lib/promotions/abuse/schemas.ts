// What the held-reward review sends: which reward and why. No server imports: the dialog imports this too.
import { z } from "zod";
import { referenceIdField } from "@/lib/validation/ids";
import { REVIEW_NOTE_MAX, REVIEW_NOTE_MIN } from "@/lib/promotions/abuse/fields";

export const reviewHeldRewardSchema = z.object({
  rewardId: referenceIdField,
  note: z.string({ error: "validation.reasonRequired" }).trim().min(REVIEW_NOTE_MIN, "validation.reasonRequired").max(REVIEW_NOTE_MAX),
});

export type ReviewHeldReward = z.infer<typeof reviewHeldRewardSchema>;
