// The worker's promotion chores between batches: the lifecycle clock (start / end by the window) and the
// activation and card-link bonus sweep, at most every `everyMs` (the idle loop polls every 250 ms).
import type { Db } from "@/lib/db/client";
import { advancePromotionClock } from "@/lib/promotions/lifecycle-clock";
import { sweepBonuses } from "@/lib/promotions/rewards/bonuses";
import type { RewardOptions } from "@/lib/promotions/rewards/types";

export const PROMOTIONS_IDLE_EVERY_MS = 5_000;

/** A function for runWorker's idleWork: returns how much it changed (0 when nothing was due). */
export function promotionsIdleWork(db: Db, options: RewardOptions & { everyMs?: number } = {}): () => Promise<number> {
  const every = options.everyMs ?? PROMOTIONS_IDLE_EVERY_MS;
  let last = 0;
  return async () => {
    if (Date.now() - last < every) return 0;
    last = Date.now();
    const now = new Date();
    const clock = await advancePromotionClock(db, now);
    const bonuses = await sweepBonuses(db, { ...options, now });
    return clock.started.length + clock.ended.length + bonuses.rewards;
  };
}
