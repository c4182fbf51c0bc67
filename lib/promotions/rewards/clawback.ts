// Claw-backs: a refund of a rewarded payment takes back the reward's share of what was refunded, in the
// batch that scores the refund (refunds are outside the fraud scoring's scope, so they are read here).
// Each refund's share is computed from the running total of refunds in id order, so however the refunds
// and the payment's batch interleave, refund i takes floor(A * S_i / P) - floor(A * S_(i-1) / P) of the
// reward A (S = refunded so far, capped at the payment P): a full refund takes all of it, and the sum
// never passes the reward. A HELD reward whose payment is refunded is forfeited (nothing was paid; its
// reserved cost goes back to the budget). Idempotent: promotion_clawback's key is (reward, refund).
import { SYSTEM_DEVICE } from "@/lib/transactions/reference";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { NewTransaction } from "@/lib/transactions/record";
import { Ledger, pointsCost, SYSTEM_IP, writeSystemTransactions } from "@/lib/promotions/rewards/write";
import type { RewardOptions, RewardTotals, RunningPromotion } from "@/lib/promotions/rewards/types";

type Tx = Pick<Prisma.TransactionClient, "$queryRaw" | "$executeRaw">;

/** Before the locks: the payments this batch refunds, and the promotions whose rewards on them may move. */
export async function refundedInBatch(tx: Tx, fromId: bigint, toId: bigint): Promise<{ paymentIds: bigint[]; promotionIds: string[] }> {
  const rows = await tx.$queryRaw<{ payment_id: bigint; promotion_id: string | null }[]>`
    SELECT DISTINCT t.original_transaction_id AS payment_id, r.promotion_id
    FROM "transaction" t
    LEFT JOIN promotion_reward r ON r.transaction_id = t.original_transaction_id AND r.status IN ('PAID', 'HELD')
    WHERE t.id > ${fromId} AND t.id <= ${toId} AND t.type = 'REFUND' AND t.status = 'SUCCEEDED' AND t.original_transaction_id IS NOT NULL`;
  return {
    paymentIds: [...new Set(rows.filter((r) => r.promotion_id !== null).map((r) => r.payment_id))],
    promotionIds: [...new Set(rows.flatMap((r) => (r.promotion_id ? [r.promotion_id] : [])))],
  };
}

interface RewardRow {
  id: string;
  promotion_id: string;
  wallet_id: string;
  transaction_id: bigint;
  amount_fen: bigint;
  points: number;
  cost_fen: bigint;
  status: "PAID" | "HELD";
  clawed_back_fen: bigint;
  clawed_back_points: number;
  credit_transaction_id: bigint | null;
  paid_fen: bigint;
}

interface RefundRow {
  id: bigint;
  payment_id: bigint;
  amount_fen: bigint;
  created_at: Date;
}

/**
 * Under the promotions' locks: claws back, for the rewards of `paymentIds` in the locked promotions, every
 * committed refund (id <= upToId) not clawed back yet.
 */
export async function applyClawbacks(
  tx: Tx,
  paymentIds: readonly bigint[],
  promotions: ReadonlyMap<string, RunningPromotion>,
  upToId: bigint,
  ledger: Ledger,
  totals: RewardTotals,
  options: RewardOptions,
): Promise<void> {
  const promotionIds = [...promotions.keys()];
  if (paymentIds.length === 0 || promotionIds.length === 0) return;
  // Refunds first (index on original_transaction_id): most batches' payments have none.
  const refunds = await tx.$queryRaw<RefundRow[]>`
    SELECT id, original_transaction_id AS payment_id, amount_fen, created_at FROM "transaction"
    WHERE original_transaction_id = ANY(${paymentIds.map(String)}::bigint[]) AND type = 'REFUND' AND status = 'SUCCEEDED' AND id <= ${upToId}
    ORDER BY id`;
  if (refunds.length === 0) return;
  const ids = [...new Set(refunds.map((r) => r.payment_id.toString()))];
  const rewards = await tx.$queryRaw<RewardRow[]>`
    SELECT r.id, r.promotion_id, r.wallet_id, r.transaction_id, r.amount_fen, r.points, r.cost_fen, r.status::text AS status,
      r.clawed_back_fen, r.clawed_back_points, r.credit_transaction_id, p.amount_fen AS paid_fen
    FROM promotion_reward r JOIN "transaction" p ON p.id = r.transaction_id
    WHERE r.transaction_id = ANY(${ids}::bigint[]) AND r.promotion_id = ANY(${promotionIds}::text[]) AND r.status IN ('PAID', 'HELD')`;
  if (rewards.length === 0 || refunds.length === 0) return;
  const done = new Set(
    (
      await tx.$queryRaw<{ key: string }[]>`
        SELECT reward_id || '|' || refund_transaction_id AS key FROM promotion_clawback WHERE reward_id = ANY(${rewards.map((r) => r.id)}::text[])`
    ).map((r) => r.key),
  );
  const refundsOf = new Map<bigint, RefundRow[]>();
  for (const refund of refunds) {
    const list = refundsOf.get(refund.payment_id);
    if (list) list.push(refund);
    else refundsOf.set(refund.payment_id, [refund]);
  }

  const now = new Date();
  const clawbacks: { rewardId: string; refundId: bigint; fen: bigint; points: number; createdAt: Date; debit: NewTransaction | null; debitId?: bigint }[] = [];
  const rewardUpdates: { id: string; fen: bigint; points: number; status: "PAID" | "CLAWED_BACK" | "FORFEITED" }[] = [];
  for (const reward of rewards) {
    const list = refundsOf.get(reward.transaction_id) ?? [];
    const pending = list.filter((refund) => !done.has(`${reward.id}|${refund.id}`));
    if (pending.length === 0) continue;
    if (reward.status === "HELD") {
      // Nothing was paid: the refund forfeits it, and its reserved cost goes back to the budget.
      const refund = pending[0]!;
      clawbacks.push({ rewardId: reward.id, refundId: refund.id, fen: 0n, points: 0, createdAt: options.backdate ? refund.created_at : now, debit: null });
      rewardUpdates.push({ id: reward.id, fen: 0n, points: 0, status: "FORFEITED" });
      ledger.spend(reward.promotion_id, -(reward.cost_fen - reward.clawed_back_fen - pointsCost(reward.clawed_back_points)));
      totals.forfeited += 1;
      continue;
    }
    let fenLeft = reward.amount_fen - reward.clawed_back_fen;
    let pointsLeft = reward.points - reward.clawed_back_points;
    let refunded = 0n;
    let fenTaken = 0n;
    let pointsTaken = 0;
    for (const refund of list) {
      const before = refunded;
      refunded += refund.amount_fen;
      if (done.has(`${reward.id}|${refund.id}`)) continue;
      const share = (total: bigint, upTo: bigint) => (total * (upTo < reward.paid_fen ? upTo : reward.paid_fen)) / (reward.paid_fen > 0n ? reward.paid_fen : 1n);
      let fen = share(reward.amount_fen, refunded) - share(reward.amount_fen, before);
      let points = Number(share(BigInt(reward.points), refunded) - share(BigInt(reward.points), before));
      if (fen > fenLeft) fen = fenLeft;
      if (points > pointsLeft) points = pointsLeft;
      if (fen < 0n) fen = 0n;
      if (points < 0) points = 0;
      fenLeft -= fen;
      pointsLeft -= points;
      fenTaken += fen;
      pointsTaken += points;
      const createdAt = options.backdate ? refund.created_at : now;
      if (fen > 0n && reward.credit_transaction_id === null) throw new Error(`reward ${reward.id} paid ${reward.amount_fen} fen without a credit transaction`);
      const debit = fen > 0n ? debitRow(reward, fen, promotions.get(reward.promotion_id)?.name ?? null, createdAt) : null;
      clawbacks.push({ rewardId: reward.id, refundId: refund.id, fen, points, createdAt, debit });
    }
    if (fenTaken === 0n && pointsTaken === 0 && pending.length === 0) continue;
    rewardUpdates.push({ id: reward.id, fen: fenTaken, points: pointsTaken, status: fenLeft === 0n && pointsLeft === 0 ? "CLAWED_BACK" : "PAID" });
    ledger.wallet(reward.wallet_id, -fenTaken, -BigInt(pointsTaken));
    ledger.spend(reward.promotion_id, -(fenTaken + pointsCost(pointsTaken)));
    totals.clawedBackFen += fenTaken;
    totals.clawedBackPoints += BigInt(pointsTaken);
  }
  if (clawbacks.length === 0) return;
  // The debits first, so each claw-back row goes in once with its debit's id.
  const debited = clawbacks.filter((c) => c.debit !== null);
  const debitIds = await writeSystemTransactions(tx, debited.map((c) => c.debit!));
  debited.forEach((c, i) => (c.debitId = debitIds[i]!));
  const inserted = await tx.$executeRaw`
    INSERT INTO promotion_clawback (reward_id, refund_transaction_id, amount_fen, points, debit_transaction_id, created_at)
    SELECT * FROM unnest(${clawbacks.map((c) => c.rewardId)}::text[], ${clawbacks.map((c) => c.refundId.toString())}::bigint[],
      ${clawbacks.map((c) => c.fen.toString())}::bigint[], ${clawbacks.map((c) => c.points)}::int[],
      ${clawbacks.map((c) => c.debitId?.toString() ?? null)}::bigint[], ${clawbacks.map((c) => c.createdAt.toISOString())}::timestamptz[])
    ON CONFLICT (reward_id, refund_transaction_id) DO NOTHING`;
  // Under the promotions' locks nobody else writes these rows, so every one is new.
  if (inserted !== clawbacks.length) throw new Error(`claw-backs raced: ${inserted} of ${clawbacks.length} written`);
  totals.clawbacks += clawbacks.length;
  await tx.$executeRaw`
    UPDATE promotion_reward r SET clawed_back_fen = r.clawed_back_fen + d.fen, clawed_back_points = r.clawed_back_points + d.points,
      status = d.status::"RewardStatus"
    FROM unnest(${rewardUpdates.map((u) => u.id)}::text[], ${rewardUpdates.map((u) => u.fen.toString())}::bigint[],
      ${rewardUpdates.map((u) => u.points)}::int[], ${rewardUpdates.map((u) => u.status)}::text[]) AS d(id, fen, points, status)
    WHERE r.id = d.id`;
}

function debitRow(reward: RewardRow, fen: bigint, promotionName: string | null, createdAt: Date): NewTransaction {
  return {
    walletId: reward.wallet_id,
    type: "CASHBACK_CLAWBACK",
    status: "SUCCEEDED",
    amountFen: fen,
    channel: "APP",
    merchantName: promotionName ?? "营销活动返现",
    counterpartyName: "营销活动返现追回",
    deviceId: SYSTEM_DEVICE,
    ip: SYSTEM_IP,
    originalTransactionId: reward.credit_transaction_id,
    createdAt,
  };
}
