// What each customer has already had from each locked promotion, read under the promotions' locks and kept
// current as the batch accepts rewards, counted the way the limits count: every reward not forfeited, its
// cost less what was clawed back.
import type { Prisma } from "@/lib/generated/prisma/client";
import { POINT_VALUE_FEN } from "@/lib/promotions/reward-value";
import { NO_USAGE, type CustomerUsage } from "@/lib/promotions/rules/types";
import type { PendingReward } from "@/lib/promotions/rewards/types";

type Tx = Pick<Prisma.TransactionClient, "$queryRaw">;

interface Usage {
  rewards: number;
  costFen: bigint;
  byDay: Map<string, number>;
}

export class UsageTally {
  private readonly usage = new Map<string, Usage>();
  /** promotionId|sourceKey of rewards that exist (or were accepted in this batch). */
  private readonly keys = new Set<string>();

  static async load(tx: Tx, promotionIds: readonly string[], customerIds: readonly string[], sourceKeys: readonly string[]): Promise<UsageTally> {
    const tally = new UsageTally();
    if (promotionIds.length === 0 || (customerIds.length === 0 && sourceKeys.length === 0)) return tally;
    const [rows, existing] = await Promise.all([
      customerIds.length === 0
        ? Promise.resolve([])
        : tx.$queryRaw<{ promotion_id: string; customer_id: string; day: string; n: number; cost: bigint }[]>`
            SELECT promotion_id, customer_id, to_char(day, 'YYYY-MM-DD') AS day, count(*)::int AS n,
              sum(cost_fen - clawed_back_fen - clawed_back_points::bigint * ${POINT_VALUE_FEN})::bigint AS cost
            FROM promotion_reward
            WHERE promotion_id = ANY(${promotionIds as string[]}::text[]) AND customer_id = ANY(${customerIds as string[]}::text[])
              AND status <> 'FORFEITED'
            GROUP BY 1, 2, 3`,
      sourceKeys.length === 0
        ? Promise.resolve([])
        : tx.$queryRaw<{ promotion_id: string; source_key: string }[]>`
            SELECT promotion_id, source_key FROM promotion_reward
            WHERE promotion_id = ANY(${promotionIds as string[]}::text[]) AND source_key = ANY(${sourceKeys as string[]}::text[])`,
    ]);
    for (const row of rows) {
      const usage = tally.entry(row.promotion_id, row.customer_id);
      usage.rewards += row.n;
      usage.costFen += row.cost;
      usage.byDay.set(row.day, (usage.byDay.get(row.day) ?? 0) + row.n);
    }
    for (const row of existing) tally.keys.add(`${row.promotion_id}|${row.source_key}`);
    return tally;
  }

  private entry(promotionId: string, customerId: string): Usage {
    const key = `${promotionId}|${customerId}`;
    let usage = this.usage.get(key);
    if (!usage) {
      usage = { rewards: 0, costFen: 0n, byDay: new Map() };
      this.usage.set(key, usage);
    }
    return usage;
  }

  of(promotionId: string, customerId: string, day: string): CustomerUsage {
    const usage = this.usage.get(`${promotionId}|${customerId}`);
    if (!usage) return NO_USAGE;
    return { rewards: usage.rewards, rewardsOnDay: usage.byDay.get(day) ?? 0, costFen: usage.costFen };
  }

  has(promotionId: string, sourceKey: string): boolean {
    return this.keys.has(`${promotionId}|${sourceKey}`);
  }

  accept(reward: PendingReward): void {
    const usage = this.entry(reward.promotionId, reward.customerId);
    usage.rewards += 1;
    usage.costFen += reward.costFen;
    usage.byDay.set(reward.day, (usage.byDay.get(reward.day) ?? 0) + 1);
    this.keys.add(`${reward.promotionId}|${reward.sourceKey}`);
  }
}
