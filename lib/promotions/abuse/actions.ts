"use server";
// The held-reward review as server actions (reward:review): gate, parse, the mutation (one transaction
// with its audit event), then the promotion's pages are refreshed.
import { defineAction } from "@/lib/actions/define";
import { db } from "@/lib/db";
import { forfeitHeldReward, releaseHeldReward, type RewardReviewed } from "@/lib/promotions/abuse/mutations";
import { reviewHeldRewardSchema } from "@/lib/promotions/abuse/schemas";

const promotionPages = (_input: unknown, reviewed: RewardReviewed) => [`/promotions/${reviewed.promotionId}`, "/promotions"];

export const releaseHeldRewardAction = defineAction({
  name: "reward.release",
  permission: "reward:review",
  schema: reviewHeldRewardSchema,
  run: (input, actor) => releaseHeldReward(db, input, actor),
  revalidate: promotionPages,
});

export const forfeitHeldRewardAction = defineAction({
  name: "reward.forfeit",
  permission: "reward:review",
  schema: reviewHeldRewardSchema,
  run: (input, actor) => forfeitHeldReward(db, input, actor),
  revalidate: promotionPages,
});
