// What the held-rewards panel reads: a promotion's HELD rewards, oldest first, with their links and the
// customers involved, their names masked as a list shows other people (lib/privacy/policy.ts).
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RewardSource } from "@/lib/generated/prisma/enums";
import { showPii } from "@/lib/privacy/policy";
import { HELD_PANEL_LIMIT } from "@/lib/promotions/abuse/fields";
import { readHoldLinks, type HoldLink } from "@/lib/promotions/abuse/types";

type Reader = Pick<Prisma.TransactionClient, "promotionReward" | "customer">;

export interface HeldRewardView {
  id: string;
  customerId: string;
  customerName: string;
  walletId: string;
  source: RewardSource;
  transactionId: bigint | null;
  amountFen: bigint;
  points: number;
  costFen: bigint;
  createdAt: Date;
  links: (HoldLink & { customerName: string | null })[];
}

export interface HeldRewards {
  count: number;
  rows: HeldRewardView[];
}

export async function countHeldRewards(db: Pick<Prisma.TransactionClient, "promotionReward">, promotionId: string): Promise<number> {
  return db.promotionReward.count({ where: { promotionId, status: "HELD" } });
}

export async function listHeldRewards(db: Reader, promotionId: string, limit = HELD_PANEL_LIMIT): Promise<HeldRewards> {
  const [count, rewards] = await Promise.all([
    countHeldRewards(db, promotionId),
    db.promotionReward.findMany({
      where: { promotionId, status: "HELD" },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: limit,
      select: {
        id: true,
        customerId: true,
        walletId: true,
        source: true,
        transactionId: true,
        amountFen: true,
        points: true,
        costFen: true,
        createdAt: true,
        holdLinks: true,
        customer: { select: { name: true } },
      },
    }),
  ]);
  const linked = [...new Set(rewards.flatMap((r) => readHoldLinks(r.holdLinks).map((l) => l.customerId)))];
  const names = linked.length > 0 ? await db.customer.findMany({ where: { id: { in: linked } }, select: { id: true, name: true } }) : [];
  const nameOf = new Map(names.map((c) => [c.id, showPii("list", "name", c.name)]));
  return {
    count,
    rows: rewards.map((r) => ({
      id: r.id,
      customerId: r.customerId,
      customerName: showPii("list", "name", r.customer.name),
      walletId: r.walletId,
      source: r.source,
      transactionId: r.transactionId,
      amountFen: r.amountFen,
      points: r.points,
      costFen: r.costFen,
      createdAt: r.createdAt,
      links: readHoldLinks(r.holdLinks).map((l) => ({ ...l, customerName: nameOf.get(l.customerId) ?? null })),
    })),
  };
}
