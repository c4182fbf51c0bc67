// How far scoring trails the transactions, for the alert page ("评分延迟 3 秒 · 待评分 12 笔"). Every id up to
// the lower end of the oldest unfinished batch (or the cursor, when no batch is open) has been scored; the
// lag is the time between the newest transaction and the newest one scored, and pending counts the
// transactions after the scored ones (all of them: cashback rows too, which the worker passes over).
// Three index probes and one count over the unscored tail, which stays small while the worker keeps up.
import { Prisma } from "@/lib/generated/prisma/client";
import { CURSOR_NAME } from "@/lib/fraud/worker/cursor";

export interface ScoringLag {
  newestAt: Date | null;
  scoredThroughAt: Date | null;
  lagSeconds: number;
  pendingTransactions: number;
}

export async function scoringLag(db: Pick<Prisma.TransactionClient, "$queryRaw">): Promise<ScoringLag> {
  const [row] = await db.$queryRaw<{ newest_at: Date | null; scored_through_at: Date | null; pending: bigint }[]>`
    WITH through AS (
      SELECT coalesce(
        (SELECT min(from_id) FROM scoring_batch WHERE status <> 'DONE'),
        (SELECT last_id FROM scoring_cursor WHERE name = ${CURSOR_NAME}),
        0) AS id
    )
    SELECT
      (SELECT created_at FROM "transaction" ORDER BY id DESC LIMIT 1) AS newest_at,
      (SELECT t.created_at FROM "transaction" t, through WHERE t.id <= through.id ORDER BY t.id DESC LIMIT 1) AS scored_through_at,
      (SELECT count(*) FROM "transaction" t, through WHERE t.id > through.id) AS pending`;
  const newestAt = row?.newest_at ?? null;
  const scoredThroughAt = row?.scored_through_at ?? null;
  const pendingTransactions = Number(row?.pending ?? 0n);
  let lagSeconds = 0;
  if (pendingTransactions > 0 && newestAt) {
    const from = scoredThroughAt ?? newestAt;
    lagSeconds = Math.max(0, Math.round((newestAt.getTime() - from.getTime()) / 1000));
  }
  return { newestAt, scoredThroughAt, lagSeconds, pendingTransactions };
}
