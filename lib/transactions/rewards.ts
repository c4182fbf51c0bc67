// The promotion rewards a page of transactions touches (issue 12): the rewards a payment earned, the
// reward a CASHBACK transaction paid, and the reward a CASHBACK_CLAWBACK took back, each with its
// promotion, so the list and the drawer can name the promotion. One statement for the whole page, by the
// indexes on promotion_reward.transaction_id and credit_transaction_id (clawbacks are few: the
// promotion_clawback scan stays small; at bank scale it would want an index on debit_transaction_id).
import { Prisma } from "@/lib/generated/prisma/client";
import type { RewardSource, RewardStatus } from "@/lib/generated/prisma/enums";

type Reader = Pick<Prisma.TransactionClient, "$queryRaw">;

export type RewardLinkKind = "EARNED" | "CREDIT" | "CLAWBACK";

export interface RewardLink {
  /** EARNED: the transaction is the rewarded payment; CREDIT: it paid the reward; CLAWBACK: it took (part of) it back. */
  kind: RewardLinkKind;
  rewardId: string;
  promotionId: string;
  promotionName: string;
  source: RewardSource;
  status: RewardStatus;
  /** The reward's cash and points (CLAWBACK: what this clawback took). */
  amountFen: bigint;
  points: number;
}

interface RawLink {
  tx_id: bigint | string;
  kind: RewardLinkKind;
  reward_id: string;
  promotion_id: string;
  promotion_name: string;
  source: RewardSource;
  status: RewardStatus;
  amount_fen: bigint | string;
  points: number;
}

/** The reward links of `ids`, keyed by transaction id (as a string); a payment may have earned from several promotions. */
export async function readRewardLinks(db: Reader, ids: readonly (bigint | string)[]): Promise<Map<string, RewardLink[]>> {
  const links = new Map<string, RewardLink[]>();
  if (ids.length === 0) return links;
  const list = ids.map(String);
  const rows = await db.$queryRaw<RawLink[]>`
    SELECT r.transaction_id AS tx_id, 'EARNED' AS kind, r.id AS reward_id, p.id AS promotion_id, p.name AS promotion_name,
      r.source::text AS source, r.status::text AS status, r.amount_fen, r.points
    FROM promotion_reward r JOIN promotion p ON p.id = r.promotion_id
    WHERE r.transaction_id = ANY(${list}::bigint[])
    UNION ALL
    SELECT r.credit_transaction_id, 'CREDIT', r.id, p.id, p.name, r.source::text, r.status::text, r.amount_fen, r.points
    FROM promotion_reward r JOIN promotion p ON p.id = r.promotion_id
    WHERE r.credit_transaction_id = ANY(${list}::bigint[])
    UNION ALL
    SELECT c.debit_transaction_id, 'CLAWBACK', r.id, p.id, p.name, r.source::text, r.status::text, c.amount_fen, c.points
    FROM promotion_clawback c JOIN promotion_reward r ON r.id = c.reward_id JOIN promotion p ON p.id = r.promotion_id
    WHERE c.debit_transaction_id = ANY(${list}::bigint[])
    ORDER BY 1, 4`;
  for (const row of rows) {
    const key = String(row.tx_id);
    const link: RewardLink = {
      kind: row.kind,
      rewardId: row.reward_id,
      promotionId: row.promotion_id,
      promotionName: row.promotion_name,
      source: row.source,
      status: row.status,
      amountFen: BigInt(row.amount_fen),
      points: Number(row.points),
    };
    const existing = links.get(key);
    if (existing) existing.push(link);
    else links.set(key, [link]);
  }
  return links;
}
