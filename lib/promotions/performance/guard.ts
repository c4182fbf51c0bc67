// The automatic guard over running promotions. Two findings pause an ACTIVE promotion by itself, with no
// staff member as the actor (like lib/staff/dormant.ts):
// - BUDGET_FORECAST: at the average cost of the last complete days (forecast.ts) the budget runs out
//   before endsAt;
// - FRAUD_SHARE: more than params.fraudShareLimitPercent of the net reward cost went to customers who have
//   an OPEN, INVESTIGATING or ESCALATED fraud alert.
// Only on evidence: at least GUARD_MIN_REWARDS rewards over at least GUARD_MIN_DAYS days (and, for the
// forecast, that many complete days to average), so the first hours of a campaign are not paused on noise.
// A promotion a person resumed after a guard pause keeps its guardFinding; the guard pauses it again for
// that kind only when the finding got worse than the one it was resumed with (the baselines in the finding):
// the forecast exhaustion day moved earlier, or the fraud share rose by FRAUD_WORSE_BY_POINTS or more.
// No server-only import: the worker runs runPromotionGuards outside Next.js.
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/audit/write";
import { readGuardFinding, type GuardBaseline, type GuardFinding, type GuardKind } from "@/lib/promotions/performance/finding";
import { forecastBurn, type BurnForecast } from "@/lib/promotions/performance/forecast";
import { fraudSharePercent, readDailyRewards, readFraudShare, type FraudShare } from "@/lib/promotions/performance/read";

export const GUARD_MIN_REWARDS = 20;
export const GUARD_MIN_DAYS = 2;
/** Materiality: the fraud share pauses a campaign only once the cost it measures reaches ¥500, so a
 *  share of a few yuan (one farmed reward on a new campaign) is shown on the page but stops nothing. */
export const GUARD_MIN_FLAGGED_FEN = 50_000n;
/** Percentage points the fraud share must rise by, over the resumed finding, to pause again. */
export const FRAUD_WORSE_BY_POINTS = 1;
export const GUARD_AUDIT_ACTION = "promotion.guard-pause";

export interface GuardFacts {
  now: Date;
  forecast: BurnForecast;
  fraud: Pick<FraudShare, "rewards" | "days" | "costFen" | "flaggedCostFen">;
  fraudShareLimitPercent: number;
  /** The promotion's stored guardFinding (present on an ACTIVE promotion: a person resumed it). */
  previous: GuardFinding | null;
}

export type GuardDecision =
  | { pause: true; finding: GuardFinding }
  | { pause: false; why: "too-little-evidence" | "within-limits" | "not-worse"; checked: GuardKind[] };

function baselineOf(previous: GuardFinding | null, kind: GuardKind): GuardBaseline | undefined {
  if (!previous) return undefined;
  return previous.baselines?.[kind] ?? (previous.kind === kind ? previous : undefined);
}

function worse(kind: GuardKind, now: { measured: number; forecastExhaustionDay?: string }, then: GuardBaseline): boolean {
  if (kind === "FRAUD_SHARE") return now.measured >= then.measured + FRAUD_WORSE_BY_POINTS;
  if (now.forecastExhaustionDay && then.forecastExhaustionDay) return now.forecastExhaustionDay < then.forecastExhaustionDay;
  return now.measured > then.measured * 1.1;
}

/** Pure: whether to pause, and with what finding. FRAUD_SHARE is checked first (the graver one). */
export function decideGuard(facts: GuardFacts): GuardDecision {
  const { fraud, forecast, previous } = facts;
  if (fraud.rewards < GUARD_MIN_REWARDS || fraud.days < GUARD_MIN_DAYS) return { pause: false, why: "too-little-evidence", checked: [] };
  const candidates: Omit<GuardFinding, "rewards" | "days" | "at" | "baselines">[] = [];
  const share = fraudSharePercent(fraud);
  if (share > facts.fraudShareLimitPercent && fraud.flaggedCostFen >= GUARD_MIN_FLAGGED_FEN) candidates.push({ kind: "FRAUD_SHARE", measured: share, limit: facts.fraudShareLimitPercent });
  if (forecast.windowDays >= GUARD_MIN_DAYS && forecast.exhaustsBeforeEnd && forecast.ratePerDayFen !== null && forecast.exhaustionDay) {
    candidates.push({ kind: "BUDGET_FORECAST", measured: Number(forecast.ratePerDayFen), limit: Number(forecast.sustainablePerDayFen ?? 0n), forecastExhaustionDay: forecast.exhaustionDay });
  }
  if (candidates.length === 0) return { pause: false, why: "within-limits", checked: [] };
  const at = facts.now.toISOString();
  for (const c of candidates) {
    const baseline = baselineOf(previous, c.kind);
    if (baseline && !worse(c.kind, c, baseline)) continue;
    const baselines = { ...(previous?.baselines ?? {}) };
    if (previous && !previous.baselines?.[previous.kind]) baselines[previous.kind] = { measured: previous.measured, at: previous.at, ...(previous.forecastExhaustionDay ? { forecastExhaustionDay: previous.forecastExhaustionDay } : {}) };
    baselines[c.kind] = { measured: c.measured, at, ...(c.forecastExhaustionDay ? { forecastExhaustionDay: c.forecastExhaustionDay } : {}) };
    return { pause: true, finding: { ...c, rewards: fraud.rewards, days: fraud.days, at, baselines } };
  }
  return { pause: false, why: "not-worse", checked: candidates.map((c) => c.kind) };
}

type Tx = Prisma.TransactionClient;

/** Measures one promotion (with any client: the transaction under the row lock, or the db for the pre-check). */
async function measure(db: Tx | Db, id: string, now: Date): Promise<{ facts: GuardFacts; status: string; pauseReason: string | null; version: number } | null> {
  const p = await db.promotion.findUnique({ where: { id }, select: { status: true, pauseReason: true, budgetFen: true, spentFen: true, startsAt: true, endsAt: true, params: true, guardFinding: true, version: true } });
  if (!p) return null;
  const daily = await readDailyRewards(db, id);
  const fraud = await readFraudShare(db, id);
  const params = p.params as Record<string, unknown> | null;
  const limit = typeof params?.fraudShareLimitPercent === "number" ? params.fraudShareLimitPercent : 100;
  return {
    status: p.status,
    pauseReason: p.pauseReason,
    version: p.version,
    facts: {
      now,
      forecast: forecastBurn({ budgetFen: p.budgetFen, spentFen: p.spentFen, daily, startsAt: p.startsAt, endsAt: p.endsAt, now }),
      fraud,
      fraudShareLimitPercent: limit,
      previous: readGuardFinding(p.guardFinding),
    },
  };
}

export interface GuardRun {
  checked: number;
  paused: { id: string; kind: GuardKind }[];
}

function reasonText(f: GuardFinding): string {
  return f.kind === "FRAUD_SHARE"
    ? `guard: ${f.measured}% of the reward cost went to customers with open fraud alerts (limit ${f.limit}%)`
    : `guard: at ${f.measured} fen a day the budget runs out on ${f.forecastExhaustionDay} (the rest sustains ${f.limit} fen a day to the end)`;
}

/**
 * Checks every running promotion and pauses those with a finding. Each pause is one transaction: the row
 * locked, measured again under the lock (rewards committed meanwhile count), still ACTIVE, then the pause and
 * its audit event. Several instances at once pause a promotion once.
 */
export async function runPromotionGuards(db: Db, now = new Date()): Promise<GuardRun> {
  const running = await db.promotion.findMany({ where: { status: "ACTIVE", startsAt: { lte: now }, endsAt: { gt: now } }, select: { id: true }, orderBy: { id: "asc" } });
  const paused: GuardRun["paused"] = [];
  for (const { id } of running) {
    const first = await measure(db, id, now);
    if (!first || !decideGuard(first.facts).pause) continue;
    const done = await db.$transaction(
      async (tx) => {
        await tx.$queryRaw`SELECT id FROM promotion WHERE id = ${id} FOR UPDATE`;
        const m = await measure(tx, id, now);
        if (!m || m.status !== "ACTIVE") return null;
        const decision = decideGuard(m.facts);
        if (!decision.pause) return null;
        const { finding } = decision;
        await tx.promotion.update({
          where: { id },
          data: { status: "PAUSED", pausedAt: now, pausedById: null, pauseReason: finding.kind, pauseNote: null, guardFinding: finding as unknown as Prisma.InputJsonValue, version: { increment: 1 } },
          select: { id: true },
        });
        await recordAudit(tx, {
          // The system acts: no staff member is the actor.
          actor: null,
          action: GUARD_AUDIT_ACTION,
          entityType: "Promotion",
          entityId: id,
          before: { status: "ACTIVE", pauseReason: m.pauseReason, version: m.version },
          after: { status: "PAUSED", pauseReason: finding.kind, guardFinding: finding, version: m.version + 1 },
          reason: reasonText(finding),
        });
        return finding.kind;
      },
      { timeout: 30_000 },
    );
    if (done) paused.push({ id, kind: done });
  }
  return { checked: running.length, paused };
}
