// Activation and first-card-link bonuses: not transactions, so no batch brings them. A sweep (the worker's
// idle work, and the seed after its scoring drain) finds the wallets activated, and the first cards linked,
// inside a running SIGNUP_BONUS promotion's window that it has not rewarded yet, and pays them with the
// same rules, locks and writes as the batch: sourceKey "customer:<id>" makes each bonus once per customer.
import type { Db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { acceptDecisions } from "@/lib/promotions/rewards/apply";
import { lockPromotions } from "@/lib/promotions/rewards/promotions";
import { DEFAULT_REWARD_STATUSES, emptyTotals, type PendingReward, type RewardOptions, type RewardTotals } from "@/lib/promotions/rewards/types";
import { UsageTally } from "@/lib/promotions/rewards/usage";
import { Ledger, writeRewards } from "@/lib/promotions/rewards/write";
import type { RewardEvent } from "@/lib/promotions/rules/types";

export interface SweepOptions extends RewardOptions {
  /** Events up to this instant (default now). */
  now?: Date;
}

interface EventRow {
  kind: "WALLET_ACTIVATION" | "CARD_LINK";
  wallet_id: string;
  customer_id: string;
  at: Date;
  tier: number;
  province: string;
  registered_at: Date;
}

/** One transaction: the bonuses due now. Returns what it wrote (0 when nothing was due). */
export async function sweepBonuses(db: Db, options: SweepOptions = {}): Promise<RewardTotals> {
  const now = options.now ?? new Date();
  const statuses = options.statuses ?? DEFAULT_REWARD_STATUSES;
  // A cheap look first (no lock, no transaction): most of the time no such promotion runs.
  const [any] = await db.$queryRaw<{ n: bigint }[]>`
    SELECT count(*) AS n FROM promotion
    WHERE status::text = ANY(${statuses as string[]}::text[]) AND type = 'SIGNUP_BONUS' AND live_version_id IS NOT NULL
      AND params->>'bonusTrigger' IN ('WALLET_ACTIVATION', 'CARD_LINK') AND starts_at <= ${now}`;
  if (!any || any.n === 0n) return emptyTotals();
  return db.$transaction(
    async (tx) => {
      const totals = emptyTotals();
      const locked = await lockPromotions(tx, {
        statuses,
        from: new Date(0),
        to: now,
        where: Prisma.sql`type = 'SIGNUP_BONUS' AND params->>'bonusTrigger' IN ('WALLET_ACTIVATION', 'CARD_LINK')`,
      });
      if (locked.running.length === 0) return totals;
      const events: EventRow[] = [];
      for (const promotion of locked.running) {
        const trigger = promotion.params.bonusTrigger as "WALLET_ACTIVATION" | "CARD_LINK";
        const start = new Date(promotion.params.startsAt);
        const endsAt = new Date(promotion.params.endsAt);
        const end = endsAt < now ? endsAt : new Date(now.getTime() + 1);
        const rows =
          trigger === "WALLET_ACTIVATION"
            ? await tx.$queryRaw<EventRow[]>`
                SELECT 'WALLET_ACTIVATION' AS kind, w.id AS wallet_id, w.customer_id, w.activated_at AS at, w.tier::int AS tier, c.province,
                  c.created_at AS registered_at
                FROM wallet w JOIN customer c ON c.id = w.customer_id
                WHERE w.activated_at >= ${start} AND w.activated_at < ${end}
                  AND NOT EXISTS (SELECT 1 FROM promotion_reward r WHERE r.promotion_id = ${promotion.id} AND r.source_key = 'customer:' || w.customer_id)`
            : await tx.$queryRaw<EventRow[]>`
                SELECT 'CARD_LINK' AS kind, w.id AS wallet_id, w.customer_id, b.linked_at AS at, w.tier::int AS tier, c.province,
                  c.created_at AS registered_at
                FROM bank_card b JOIN wallet w ON w.id = b.wallet_id JOIN customer c ON c.id = w.customer_id
                WHERE b.linked_at >= ${start} AND b.linked_at < ${end}
                  AND NOT EXISTS (SELECT 1 FROM bank_card e WHERE e.wallet_id = b.wallet_id AND (e.linked_at, e.id) < (b.linked_at, b.id))
                  AND NOT EXISTS (SELECT 1 FROM promotion_reward r WHERE r.promotion_id = ${promotion.id} AND r.source_key = 'customer:' || w.customer_id)`;
        events.push(...rows);
      }
      if (events.length === 0) return totals;
      // Each event once (several promotions may have found it), in time order.
      const unique = new Map<string, EventRow>();
      for (const e of events) unique.set(`${e.kind}|${e.wallet_id}`, e);
      const ordered = [...unique.values()].sort((a, b) => a.at.getTime() - b.at.getTime() || (a.wallet_id < b.wallet_id ? -1 : 1));
      const customerIds = [...new Set(ordered.map((e) => e.customer_id))];
      const tally = await UsageTally.load(
        tx,
        locked.running.map((p) => p.id),
        customerIds,
        customerIds.map((id) => `customer:${id}`),
      );
      const pending: PendingReward[] = [];
      for (const row of ordered) {
        const at = row.at.getTime();
        const open = locked.running.filter(
          (p) => p.params.bonusTrigger === row.kind && Date.parse(p.params.startsAt) <= at && at < Date.parse(p.params.endsAt) && p.remainingFen > 0n && !tally.has(p.id, `customer:${row.customer_id}`),
        );
        if (open.length === 0) continue;
        const event: RewardEvent = { kind: row.kind, walletId: row.wallet_id, customerId: row.customer_id, at: row.at };
        acceptDecisions(event, { customerId: row.customer_id, tier: row.tier, province: row.province, registeredAt: row.registered_at }, open, tally, pending, null);
      }
      const ledger = new Ledger();
      await writeRewards(tx, pending, locked.byId, ledger, totals, options);
      await ledger.apply(tx);
      return totals;
    },
    { timeout: 60_000 },
  );
}
