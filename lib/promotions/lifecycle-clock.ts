// The promotions' clock: a SCHEDULED promotion becomes ACTIVE when its window opens, and an ACTIVE or PAUSED
// one ENDED when its window closes (a SCHEDULED one whose whole window passed while nobody looked goes
// straight to ENDED). A spent budget ends nothing: the promotion stays ACTIVE and simply pays nothing (the
// performance guard forecasts exhaustion). Run from the worker's idle work; idempotent like
// lib/staff/dormant.ts: each promotion is re-checked under its row lock, so several workers running it at
// once change it once, with one audit event, actor null (the system). No server-only import.
import type { Db } from "@/lib/db/client";
import type { PromotionStatus } from "@/lib/generated/prisma/enums";
import { recordAudit } from "@/lib/audit/write";

export const PROMOTION_START_ACTION = "promotion.start";
export const PROMOTION_END_ACTION = "promotion.end";

export interface ClockRun {
  started: string[];
  ended: string[];
}

/** What the clock does to a promotion in `status` at `now`, or null. */
export function clockTransition(status: PromotionStatus, startsAt: Date, endsAt: Date, now: Date): "ACTIVE" | "ENDED" | null {
  if ((status === "SCHEDULED" || status === "ACTIVE" || status === "PAUSED") && endsAt <= now) return "ENDED";
  if (status === "SCHEDULED" && startsAt <= now) return "ACTIVE";
  return null;
}

export async function advancePromotionClock(db: Db, now = new Date()): Promise<ClockRun> {
  const due = await db.promotion.findMany({
    where: {
      OR: [
        { status: "SCHEDULED", startsAt: { lte: now } },
        { status: { in: ["SCHEDULED", "ACTIVE", "PAUSED"] }, endsAt: { lte: now } },
      ],
    },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  const run: ClockRun = { started: [], ended: [] };
  for (const { id } of due) {
    const changed = await db.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM promotion WHERE id = ${id} FOR UPDATE`;
      // Again under the lock: a person may have paused, ended or edited it, or another worker got here first.
      const promotion = await tx.promotion.findUniqueOrThrow({
        where: { id },
        select: { id: true, name: true, status: true, startsAt: true, endsAt: true, version: true, liveVersionId: true },
      });
      const next = clockTransition(promotion.status, promotion.startsAt, promotion.endsAt, now);
      if (next === null) return null;
      const ending = next === "ENDED";
      await tx.promotion.update({
        where: { id },
        data: ending ? { status: "ENDED", endedAt: promotion.endsAt, endedById: null, version: { increment: 1 } } : { status: "ACTIVE", version: { increment: 1 } },
        select: { id: true },
      });
      await recordAudit(tx, {
        // The system acts: no staff member is the actor.
        actor: null,
        action: ending ? PROMOTION_END_ACTION : PROMOTION_START_ACTION,
        entityType: "Promotion",
        entityId: id,
        before: { status: promotion.status, version: promotion.version },
        after: { status: next, version: promotion.version + 1, ...(ending ? { endedAt: promotion.endsAt } : {}) },
        reason: ending
          ? `window closed at ${promotion.endsAt.toISOString()}`
          : `window opened at ${promotion.startsAt.toISOString()} (version ${promotion.liveVersionId ?? "none"})`,
      });
      return next;
    });
    if (changed === "ACTIVE") run.started.push(id);
    if (changed === "ENDED") run.ended.push(id);
  }
  return run;
}
