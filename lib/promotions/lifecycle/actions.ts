"use server";
// The promotion lifecycle as server actions: the wrapper gates and parses; mutations.ts decides, in one
// transaction with its audit event. Approving and rejecting also refuse the version's author there.
import { defineAction } from "@/lib/actions/define";
import { db } from "@/lib/db";
import {
  approvePromotionVersion, endPromotion, pausePromotion, rejectPromotionVersion, resumePromotion, submitPromotionVersion, withdrawPromotionVersion, type LifecycleResult,
} from "@/lib/promotions/lifecycle/mutations";
import { STEP_PERMISSION } from "@/lib/promotions/lifecycle/transitions";
import { promotionNoteSchema, promotionRefSchema, promotionVersionRefSchema, rejectPromotionVersionSchema } from "@/lib/promotions/lifecycle/schemas";

const pages = (_input: unknown, data: LifecycleResult) => ["/promotions", `/promotions/${data.promotionId}`];

export const submitPromotionVersionAction = defineAction({
  name: "promotion.submit",
  permission: STEP_PERMISSION.submit,
  schema: promotionVersionRefSchema,
  run: (input, actor) => submitPromotionVersion(db, input, actor),
  revalidate: pages,
});

export const withdrawPromotionVersionAction = defineAction({
  name: "promotion.withdraw",
  permission: STEP_PERMISSION.withdraw,
  schema: promotionVersionRefSchema,
  run: (input, actor) => withdrawPromotionVersion(db, input, actor),
  revalidate: pages,
});

export const approvePromotionVersionAction = defineAction({
  name: "promotion.approve",
  permission: STEP_PERMISSION.approve,
  schema: promotionVersionRefSchema,
  run: (input, actor) => approvePromotionVersion(db, input, actor),
  revalidate: pages,
});

export const rejectPromotionVersionAction = defineAction({
  name: "promotion.reject",
  permission: STEP_PERMISSION.reject,
  schema: rejectPromotionVersionSchema,
  run: (input, actor) => rejectPromotionVersion(db, input, actor),
  revalidate: pages,
});

export const pausePromotionAction = defineAction({
  name: "promotion.pause",
  permission: STEP_PERMISSION.pause,
  schema: promotionNoteSchema,
  run: (input, actor) => pausePromotion(db, input, actor),
  revalidate: pages,
});

export const resumePromotionAction = defineAction({
  name: "promotion.resume",
  permission: STEP_PERMISSION.resume,
  schema: promotionRefSchema,
  run: (input, actor) => resumePromotion(db, input, actor),
  revalidate: pages,
});

export const endPromotionAction = defineAction({
  name: "promotion.end",
  permission: STEP_PERMISSION.end,
  schema: promotionNoteSchema,
  run: (input, actor) => endPromotion(db, input, actor),
  revalidate: pages,
});
