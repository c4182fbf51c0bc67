"use server";
// The promotion editor's server action: the wrapper gates (promotion:edit) and parses the parameters with
// the same schema the form validated; mutations.ts writes, in one transaction with its audit event.
import { defineAction } from "@/lib/actions/define";
import { db } from "@/lib/db";
import { savePromotionDraft } from "@/lib/promotions/editor/mutations";
import { savePromotionDraftSchema } from "@/lib/promotions/editor/schemas";

export const savePromotionDraftAction = defineAction({
  name: "promotion.save-draft",
  permission: "promotion:edit",
  schema: savePromotionDraftSchema,
  run: (input, actor) => savePromotionDraft(db, input, actor),
  revalidate: (_input, data) => ["/promotions", `/promotions/${data.promotionId}`],
});
