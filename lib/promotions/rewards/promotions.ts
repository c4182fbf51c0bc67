// The promotions a reward transaction works on, locked FOR UPDATE in id order before anything reads their
// usage or budget: every writer of promotion_reward and promotion.spent_fen (this worker, the bonus sweep,
// the abuse review) takes the same row locks, so a budget or a per-customer cap read under them is exact,
// and taking them in one id order means two workers never deadlock on them.
import { Prisma } from "@/lib/generated/prisma/client";
import type { PromotionStatus } from "@/lib/generated/prisma/enums";
import { readParams } from "@/lib/promotions/params";
import type { RunningPromotion } from "@/lib/promotions/rewards/types";

type Tx = Pick<Prisma.TransactionClient, "$queryRaw">;

interface PromotionRow {
  id: string;
  name: string;
  live_version_id: string | null;
  params: unknown;
  budget_fen: bigint;
  spent_fen: bigint;
  status: PromotionStatus;
  starts_at: Date;
  ends_at: Date;
  paused_at: Date | null;
  ended_at: Date | null;
}

export interface LockedPromotions {
  /** Those that pay events between `from` and `to` (status among the given ones, window overlapping). */
  running: RunningPromotion[];
  /** Every promotion locked, by id (the running ones and those locked for claw-backs). */
  byId: Map<string, RunningPromotion>;
}

/**
 * Locks (id order) the promotions whose status is one of `statuses` and whose window overlaps [from, to],
 * together with the promotions `alsoIds` (claw-backs of rewards from promotions that may have ended).
 * `where` narrows the running ones further (the bonus sweep asks for one trigger).
 */
export async function lockPromotions(
  tx: Tx,
  select: { statuses: readonly PromotionStatus[]; from: Date; to: Date; where?: Prisma.Sql } | null,
  alsoIds: readonly string[] = [],
): Promise<LockedPromotions> {
  const running = select
    ? Prisma.sql`(status::text = ANY(${select.statuses as string[]}::text[]) AND live_version_id IS NOT NULL
        AND starts_at <= ${select.to} AND ends_at > ${select.from}${select.where ? Prisma.sql` AND ${select.where}` : Prisma.empty})`
    : Prisma.sql`false`;
  const rows = await tx.$queryRaw<(PromotionRow & { runs: boolean })[]>`
    SELECT id, name, live_version_id, params, budget_fen, spent_fen, status::text AS status, starts_at, ends_at, paused_at, ended_at, ${running} AS runs
    FROM promotion
    WHERE ${running} OR id = ANY(${alsoIds as string[]}::text[])
    ORDER BY id
    FOR UPDATE`;
  const byId = new Map<string, RunningPromotion>();
  const list: RunningPromotion[] = [];
  for (const row of rows) {
    const promotion: RunningPromotion = {
      id: row.id,
      versionId: row.live_version_id ?? "",
      params: readParams(row.params),
      remainingFen: row.budget_fen - row.spent_fen,
      // Replaying history (the seed): a paused one paid nothing after its pause, an ended one after its end.
      stoppedAt: row.status === "PAUSED" ? row.paused_at : row.status === "ENDED" ? row.ended_at : null,
      name: row.name,
      budgetFen: row.budget_fen,
      spentFen: row.spent_fen,
    };
    byId.set(row.id, promotion);
    if (row.runs && row.live_version_id) list.push(promotion);
  }
  return { running: list, byId };
}

/** Whether any promotion has one of `statuses`: the scoring worker's cheap test for its fast path. */
export function anyPromotionSql(statuses: readonly PromotionStatus[]): Prisma.Sql {
  return Prisma.sql`EXISTS (SELECT 1 FROM promotion WHERE status::text = ANY(${statuses as string[]}::text[]) AND live_version_id IS NOT NULL)`;
}

/** Whether a batch needs the reward path: a promotion with a paying status exists, or the batch refunds a
 *  payment that has a PAID or HELD reward. Index probes only (the scoring worker's fast-path test). */
export function rewardsNeededSql(batch: { fromId: bigint; toId: bigint }, statuses: readonly PromotionStatus[]): Prisma.Sql {
  return Prisma.sql`(${anyPromotionSql(statuses)} OR EXISTS (
    SELECT 1 FROM "transaction" t JOIN promotion_reward r ON r.transaction_id = t.original_transaction_id AND r.status IN ('PAID', 'HELD')
    WHERE t.id > ${batch.fromId} AND t.id <= ${batch.toId} AND t.type = 'REFUND' AND t.status = 'SUCCEEDED'))`;
}
