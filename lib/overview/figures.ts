// The overview's figures, computed from the database by any Prisma client (the app's, or a test's).
import type { Db } from "@/lib/db/client";
import { OPEN_STATUSES } from "@/lib/kyc/review/decision-state";
import { readReportCounts, type ReportCounts } from "@/lib/reports/list/read";
import { shanghaiDayRange } from "@/lib/time";

export async function kycQueueFigures(db: Db, now: Date) {
  // 待处理 here is the queue's 待处理: the same open statuses, said once in the KYC area.
  const [waiting, overdue, needsInfo] = await Promise.all([
    db.kycSubmission.count({ where: { status: { in: [...OPEN_STATUSES] } } }),
    db.kycSubmission.count({ where: { status: { in: [...OPEN_STATUSES] }, dueAt: { lt: now } } }),
    db.kycSubmission.count({ where: { status: "NEEDS_INFO" } }),
  ]);
  return { waiting, overdue, needsInfo };
}

/** Today so far (Shanghai) and yesterday up to the same time: all transactions counted, value of the
 *  successful ones. */
export async function todayTransactions(db: Db, now: Date) {
  const today = shanghaiDayRange(now);
  const yesterdayStart = new Date(today.start.getTime() - 86_400_000);
  const yesterdaySameTime = new Date(now.getTime() - 86_400_000);
  const window = async (from: Date, to: Date) => {
    const [count, value] = await Promise.all([
      db.transaction.count({ where: { createdAt: { gte: from, lt: to } } }),
      db.transaction.aggregate({ where: { createdAt: { gte: from, lt: to }, status: "SUCCEEDED" }, _sum: { amountFen: true } }),
    ]);
    return { count, valueFen: value._sum.amountFen ?? 0n };
  };
  const [todayFigures, yesterdayFigures] = await Promise.all([window(today.start, now), window(yesterdayStart, yesterdaySameTime)]);
  return { today: todayFigures, yesterday: yesterdayFigures };
}

export async function walletFigures(db: Db) {
  const [active, frozen] = await Promise.all([db.wallet.count({ where: { status: "ACTIVE" } }), db.wallet.count({ where: { status: "FROZEN" } })]);
  return { active, frozen };
}

export async function auditEventsToday(db: Db, now: Date) {
  return db.auditEvent.count({ where: { createdAt: { gte: shanghaiDayRange(now).start, lte: now } } });
}

/** Unresolved fraud alerts (open, investigating, escalated) per severity: the overview's alert tiles. */
export async function openAlertFigures(db: Db) {
  const rows = await db.fraudAlert.groupBy({ by: ["severity"], where: { status: { in: ["OPEN", "INVESTIGATING", "ESCALATED"] } }, _count: { _all: true } });
  const count = (severity: string) => rows.find((row) => row.severity === severity)?._count._all ?? 0;
  return { CRITICAL: count("CRITICAL"), HIGH: count("HIGH"), MEDIUM: count("MEDIUM"), LOW: count("LOW") };
}

/** Promotions at a glance for marketing and the manager: running, waiting for this viewer's approval (versions
 *  someone else wrote), paused (and how many by the guard), rewards held for review and the promotion with
 *  the most of them. */
export async function promotionFigures(db: Db, viewerId: string) {
  const [active, mine, paused, autoPaused, held] = await Promise.all([
    db.promotion.count({ where: { status: "ACTIVE" } }),
    db.promotionVersion.count({ where: { status: "PENDING_APPROVAL", authorId: { not: viewerId } } }),
    db.promotion.count({ where: { status: "PAUSED" } }),
    db.promotion.count({ where: { status: "PAUSED", pauseReason: { in: ["BUDGET_FORECAST", "FRAUD_SHARE"] } } }),
    db.promotionReward.groupBy({ by: ["promotionId"], where: { status: "HELD" }, _count: { _all: true } }),
  ]);
  const heldTotal = held.reduce((sum, row) => sum + row._count._all, 0);
  const mostHeld = [...held].sort((a, b) => b._count._all - a._count._all || a.promotionId.localeCompare(b.promotionId))[0]?.promotionId ?? null;
  return { active, mine, paused, autoPaused, held: heldTotal, mostHeld };
}

/** Regulatory reports of each kind to act on: drafts (and returned ones), awaiting review (and awaiting this
 *  viewer's approval: someone else drafted and submitted them), approved awaiting the file, overdue. The same
 *  counts as the lists' chips. */
export async function reportFigures(db: Db, viewerId: string, today: string) {
  const [lvr, str] = await Promise.all(
    (["LARGE_VALUE", "SUSPICIOUS"] as const).map((kind) => readReportCounts(db, { kind, filters: {}, today, viewerId })),
  );
  const pick = (counts: ReportCounts) => ({
    drafts: counts.DRAFT,
    returned: counts.RETURNED,
    awaitingReview: counts.SUBMITTED_FOR_REVIEW,
    awaitingMe: counts.awaitingMe,
    approved: counts.APPROVED,
    overdue: counts.overdue,
  });
  return { LARGE_VALUE: pick(lvr!), SUSPICIOUS: pick(str!) };
}
