// The review of a held reward (reward:review, managers): release pays it (a CASHBACK transaction through
// recordTransactions, the wallet's balance and points, status PAID; its cost was reserved when it was
// held, so spent_fen stays), forfeit drops it (status FORFEITED, its cost back to the budget). One
// transaction with the audit event. Locks in the reward worker's order: the promotion row, then the
// reward, then the wallet, so a review and a batch paying the same promotion queue instead of deadlocking.
// A reward that is no longer HELD was decided by someone else (or forfeited by a clawback): a conflict.
import { SYSTEM_DEVICE } from "@/lib/transactions/reference";
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db/client";
import { conflict, notFound, wrongState } from "@/lib/actions/errors";
import { recordAudit, type RequestMeta } from "@/lib/audit/write";
import type { StaffSession } from "@/lib/auth/session";
import { recordTransactions } from "@/lib/transactions/record";
import { SYSTEM_IP } from "@/lib/promotions/rewards/write";
import type { ReviewHeldReward } from "@/lib/promotions/abuse/schemas";

type Tx = Prisma.TransactionClient;

export interface ReviewActor {
  staff: StaffSession;
  request: RequestMeta;
}

export interface RewardReviewed {
  rewardId: string;
  promotionId: string;
  status: "PAID" | "FORFEITED";
}

const rewardSelect = {
  id: true,
  promotionId: true,
  customerId: true,
  walletId: true,
  transactionId: true,
  amountFen: true,
  points: true,
  costFen: true,
  status: true,
  reviewedBy: { select: { name: true } },
  promotion: { select: { name: true, spentFen: true } },
} satisfies Prisma.PromotionRewardSelect;

type LockedReward = Prisma.PromotionRewardGetPayload<{ select: typeof rewardSelect }>;

async function lockHeld(tx: Tx, rewardId: string): Promise<LockedReward> {
  const [head] = await tx.$queryRaw<{ promotion_id: string }[]>`SELECT promotion_id FROM promotion_reward WHERE id = ${rewardId}`;
  if (!head) throw notFound("rewards.errors.notFound");
  await tx.$queryRaw`SELECT id FROM promotion WHERE id = ${head.promotion_id} FOR UPDATE`;
  await tx.$queryRaw`SELECT id FROM promotion_reward WHERE id = ${rewardId} FOR UPDATE`;
  const reward = await tx.promotionReward.findUnique({ where: { id: rewardId }, select: rewardSelect });
  if (!reward) throw notFound("rewards.errors.notFound");
  if (reward.status !== "HELD") {
    if (!reward.reviewedBy) throw conflict(reward.status === "FORFEITED" ? "rewards.errors.settledBySystem" : "rewards.errors.notHeld");
    throw conflict(reward.status === "FORFEITED" ? "rewards.errors.alreadyForfeited" : "rewards.errors.alreadyReleased", { name: reward.reviewedBy.name });
  }
  return reward;
}

export function releaseHeldReward(db: Db, input: ReviewHeldReward, actor: ReviewActor, now = new Date()): Promise<RewardReviewed> {
  return db.$transaction(async (tx: Tx) => {
    const reward = await lockHeld(tx, input.rewardId);
    const [wallet] = await tx.$queryRaw<{ status: string }[]>`SELECT status::text AS status FROM wallet WHERE id = ${reward.walletId} FOR UPDATE`;
    if (!wallet || wallet.status === "CLOSED") throw wrongState("rewards.errors.walletClosed");
    let creditTransactionId: bigint | null = null;
    if (reward.amountFen > 0n) {
      await recordTransactions(tx, [
        {
          walletId: reward.walletId,
          type: "CASHBACK",
          status: "SUCCEEDED",
          amountFen: reward.amountFen,
          channel: "APP",
          // As the reward worker writes its CASHBACK rows (lib/promotions/rewards/write.ts).
          merchantName: reward.promotion.name,
          counterpartyName: "营销活动返现",
          deviceId: SYSTEM_DEVICE,
          ip: SYSTEM_IP,
          originalTransactionId: reward.transactionId,
          createdAt: now,
        },
      ]);
      // This session's last id from the sequence: the row just written (on PostgreSQL per session; the
      // embedded database runs one transaction at a time, so nothing else took an id in between).
      const [row] = await tx.$queryRaw<{ id: bigint }[]>`SELECT currval(pg_get_serial_sequence('"transaction"', 'id')) AS id`;
      creditTransactionId = row!.id;
    }
    await tx.$executeRaw`
      UPDATE wallet SET balance_fen = balance_fen + ${reward.amountFen}, points_balance = points_balance + ${BigInt(reward.points)}
      WHERE id = ${reward.walletId}`;
    await tx.promotionReward.update({
      where: { id: reward.id },
      data: { status: "PAID", creditTransactionId, reviewedById: actor.staff.id, reviewedAt: now, reviewNote: input.note },
    });
    await recordAudit(tx, {
      actor: actor.staff,
      action: "reward.release",
      entityType: "Promotion",
      entityId: reward.promotionId,
      before: { rewardId: reward.id, status: "HELD" },
      after: {
        rewardId: reward.id,
        status: "PAID",
        customerId: reward.customerId,
        walletId: reward.walletId,
        amountFen: reward.amountFen,
        points: reward.points,
        creditTransactionId,
      },
      reason: input.note,
      request: actor.request,
    });
    return { rewardId: reward.id, promotionId: reward.promotionId, status: "PAID" as const };
  });
}

export function forfeitHeldReward(db: Db, input: ReviewHeldReward, actor: ReviewActor, now = new Date()): Promise<RewardReviewed> {
  return db.$transaction(async (tx: Tx) => {
    const reward = await lockHeld(tx, input.rewardId);
    await tx.promotionReward.update({
      where: { id: reward.id },
      data: { status: "FORFEITED", reviewedById: actor.staff.id, reviewedAt: now, reviewNote: input.note },
    });
    // Under the promotion's lock (lockHeld): the reserved cost goes back to the budget.
    await tx.$executeRaw`UPDATE promotion SET spent_fen = spent_fen - ${reward.costFen} WHERE id = ${reward.promotionId}`;
    await recordAudit(tx, {
      actor: actor.staff,
      action: "reward.forfeit",
      entityType: "Promotion",
      entityId: reward.promotionId,
      before: { rewardId: reward.id, status: "HELD", spentFen: reward.promotion.spentFen },
      after: {
        rewardId: reward.id,
        status: "FORFEITED",
        customerId: reward.customerId,
        costFen: reward.costFen,
        spentFen: reward.promotion.spentFen - reward.costFen,
      },
      reason: input.note,
      request: actor.request,
    });
    return { rewardId: reward.id, promotionId: reward.promotionId, status: "FORFEITED" as const };
  });
}
