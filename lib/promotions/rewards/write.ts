// Writing accepted rewards: the abuse guard decides which are held, each paid cash reward is credited by its
// own CASHBACK transaction (recordTransactions: rows and rollups together), the reward rows go in with their
// credit's id (unique on (promotion_id, source_key): a batch scored twice pays once; the caller skipped the
// keys that exist, under the locks), and the wallets' balances and the promotions' spent_fen move by them. All in the caller's
// transaction, under the promotions' locks.
import { SYSTEM_DEVICE } from "@/lib/transactions/reference";
import { randomUUID } from "node:crypto";
import { Prisma } from "@/lib/generated/prisma/client";
import { findFarmingLinksForBatch } from "@/lib/promotions/abuse/links";
import type { FarmingCandidate, HoldLink } from "@/lib/promotions/abuse/types";
import { POINT_VALUE_FEN } from "@/lib/promotions/reward-value";
import type { PendingReward, RewardOptions, RewardTotals, RunningPromotion } from "@/lib/promotions/rewards/types";
import { recordTransactions, type NewTransaction } from "@/lib/transactions/record";

type Tx = Pick<Prisma.TransactionClient, "$queryRaw" | "$executeRaw">;

/** How a reward's credit and claw-back transactions are marked: written by the bank, not by the customer. */
export const SYSTEM_IP = "0.0.0.0";

/** Balance and points changes per wallet, and spent_fen changes per promotion, applied once at the end. */
export class Ledger {
  readonly wallets = new Map<string, { fen: bigint; points: bigint }>();
  readonly spent = new Map<string, bigint>();

  wallet(walletId: string, fen: bigint, points: bigint): void {
    if (fen === 0n && points === 0n) return;
    const entry = this.wallets.get(walletId) ?? { fen: 0n, points: 0n };
    entry.fen += fen;
    entry.points += points;
    this.wallets.set(walletId, entry);
  }

  spend(promotionId: string, fen: bigint): void {
    if (fen === 0n) return;
    this.spent.set(promotionId, (this.spent.get(promotionId) ?? 0n) + fen);
  }

  /** Wallets locked in id order (two workers crediting the same wallets never deadlock), then updated. */
  async apply(tx: Tx): Promise<void> {
    const walletIds = [...this.wallets.keys()].sort();
    if (walletIds.length > 0) {
      await tx.$queryRaw`SELECT id FROM wallet WHERE id = ANY(${walletIds}::text[]) ORDER BY id FOR UPDATE`;
      await tx.$executeRaw`
        UPDATE wallet w SET balance_fen = w.balance_fen + d.fen, points_balance = w.points_balance + d.points
        FROM unnest(${walletIds}::text[], ${walletIds.map((id) => this.wallets.get(id)!.fen.toString())}::bigint[],
          ${walletIds.map((id) => this.wallets.get(id)!.points.toString())}::bigint[]) AS d(id, fen, points)
        WHERE w.id = d.id`;
    }
    const promotionIds = [...this.spent.keys()].sort();
    if (promotionIds.length > 0) {
      // The promotions are locked already; the CHECK (0 <= spent_fen <= budget_fen) is the last word.
      await tx.$executeRaw`
        UPDATE promotion p SET spent_fen = p.spent_fen + d.fen
        FROM unnest(${promotionIds}::text[], ${promotionIds.map((id) => this.spent.get(id)!.toString())}::bigint[]) AS d(id, fen)
        WHERE p.id = d.id`;
    }
  }
}

export async function writeRewards(
  tx: Tx,
  pending: readonly PendingReward[],
  promotions: ReadonlyMap<string, RunningPromotion>,
  ledger: Ledger,
  totals: RewardTotals,
  options: RewardOptions,
): Promise<void> {
  if (pending.length === 0) return;
  const now = new Date();

  // The abuse guard: one call for the batch, each promotion's candidates in the batch's order.
  const holds = new Map<PendingReward, HoldLink[]>();
  if (options.abuseGuard !== false) {
    const byPromotion = new Map<string, PendingReward[]>();
    for (const reward of pending) {
      const list = byPromotion.get(reward.promotionId);
      if (list) list.push(reward);
      else byPromotion.set(reward.promotionId, [reward]);
    }
    const groups = [...byPromotion].map(([promotionId, rewards]) => ({
      promotionId,
      candidates: rewards.map((r): FarmingCandidate => ({ sourceKey: r.sourceKey, customerId: r.customerId, walletId: r.walletId, transactionId: r.transactionId, at: r.at })),
    }));
    const found = await findFarmingLinksForBatch(tx, groups, { backdate: options.backdate });
    for (const [promotionId, rewards] of byPromotion) {
      const links = found.get(promotionId);
      if (!links) continue;
      for (const reward of rewards) {
        const hold = links.get(reward.sourceKey);
        if (hold && hold.length > 0) holds.set(reward, hold);
      }
    }
  }

  const rows = pending.map((reward) => ({ id: randomUUID(), reward, held: holds.has(reward), createdAt: options.backdate ? reward.at : now, credit: null as bigint | null }));

  // The credits first, so each reward row goes in once, complete with its credit's id (no second write).
  const credited = rows.filter((r) => !r.held && r.reward.amountFen > 0n);
  const creditIds = await writeSystemTransactions(
    tx,
    credited.map((r) => creditRow(r.reward, promotions.get(r.reward.promotionId)?.name ?? null, r.createdAt)),
  );
  credited.forEach((r, i) => (r.credit = creditIds[i]!));

  const column = <T>(pick: (row: (typeof rows)[number]) => T) => rows.map(pick);
  const inserted = await tx.$executeRaw`
    INSERT INTO promotion_reward (id, promotion_id, version_id, source, source_key, transaction_id, customer_id, wallet_id, day,
      amount_fen, points, cost_fen, status, hold_links, credit_transaction_id, created_at)
    SELECT * FROM unnest(
      ${column((r) => r.id)}::text[], ${column((r) => r.reward.promotionId)}::text[], ${column((r) => r.reward.versionId)}::text[],
      ${column((r) => r.reward.source)}::"RewardSource"[], ${column((r) => r.reward.sourceKey)}::text[],
      ${column((r) => r.reward.transactionId?.toString() ?? null)}::bigint[], ${column((r) => r.reward.customerId)}::text[],
      ${column((r) => r.reward.walletId)}::text[], ${column((r) => r.reward.day)}::date[],
      ${column((r) => r.reward.amountFen.toString())}::bigint[], ${column((r) => r.reward.points)}::int[],
      ${column((r) => r.reward.costFen.toString())}::bigint[], ${column((r) => (r.held ? "HELD" : "PAID"))}::"RewardStatus"[],
      ${column((r) => (r.held ? JSON.stringify(holds.get(r.reward)) : null))}::jsonb[], ${column((r) => r.credit?.toString() ?? null)}::bigint[],
      ${column((r) => r.createdAt.toISOString())}::timestamptz[]
    )
    ON CONFLICT (promotion_id, source_key) DO NOTHING`;
  // The keys were read under the promotions' locks, which every writer of rewards holds: a conflict means
  // someone wrote without them. Refuse the whole batch (it rolls back, credits included, and is retried).
  if (inserted !== rows.length) throw new Error(`reward keys raced: ${inserted} of ${rows.length} rewards written`);

  for (const { reward, held } of rows) {
    totals.rewards += 1;
    // Held rewards reserve their cost; nothing reaches the wallet until a manager releases them.
    ledger.spend(reward.promotionId, reward.costFen);
    if (held) {
      totals.held += 1;
      continue;
    }
    totals.paidFen += reward.amountFen;
    totals.points += BigInt(reward.points);
    ledger.wallet(reward.walletId, reward.amountFen, BigInt(reward.points));
  }
}

function creditRow(reward: PendingReward, promotionName: string | null, createdAt: Date): NewTransaction {
  return {
    walletId: reward.walletId,
    type: "CASHBACK",
    status: "SUCCEEDED",
    amountFen: reward.amountFen,
    channel: "APP",
    merchantName: promotionName ?? "营销活动返现",
    counterpartyName: "营销活动返现",
    deviceId: SYSTEM_DEVICE,
    ip: SYSTEM_IP,
    originalTransactionId: reward.transactionId,
    createdAt,
  };
}

/**
 * Writes the bank's own transactions (credits or claw-back debits) with recordTransactions and returns their
 * ids in the order given. recordTransactions returns no ids, so they are found again: the rows of that type
 * at these times that this database transaction inserted (xmin; (type, created_at) is indexed), matched by
 * wallet, original and amount in insertion order.
 */
export async function writeSystemTransactions(tx: Tx, rows: readonly NewTransaction[]): Promise<bigint[]> {
  if (rows.length === 0) return [];
  await recordTransactions(tx, [...rows]);
  const types = [...new Set(rows.map((r) => r.type))];
  const times = [...new Set(rows.map((r) => (r.createdAt as Date).toISOString()))];
  const found = await tx.$queryRaw<{ id: bigint; wallet_id: string; original_transaction_id: bigint | null; amount_fen: bigint }[]>`
    SELECT id, wallet_id, original_transaction_id, amount_fen FROM "transaction"
    WHERE type::text = ANY(${types}::text[]) AND created_at = ANY(${times}::timestamptz[]) AND xmin = pg_current_xact_id()::xid
    ORDER BY id`;
  const queue = new Map<string, bigint[]>();
  const keyOf = (walletId: string, original: bigint | null | undefined, amount: bigint) => `${walletId}|${original ?? ""}|${amount}`;
  for (const row of found) {
    const key = keyOf(row.wallet_id, row.original_transaction_id, row.amount_fen);
    const list = queue.get(key);
    if (list) list.push(row.id);
    else queue.set(key, [row.id]);
  }
  return rows.map((row) => {
    const id = queue.get(keyOf(row.walletId, row.originalTransactionId as bigint | null | undefined, row.amountFen))?.shift();
    if (id === undefined) throw new Error(`a ${row.type} transaction of wallet ${row.walletId} was not found after it was written`);
    return id;
  });
}

/** The cost of points in fen (reward-value.ts), as a bigint. */
export function pointsCost(points: number | bigint): bigint {
  return BigInt(points) * POINT_VALUE_FEN;
}
