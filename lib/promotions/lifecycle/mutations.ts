// The promotion lifecycle, four eyes: marketing submits a version (a first one takes the promotion to
// PENDING_APPROVAL; a change to a running one waits beside the live version), a manager who is not its
// author approves it (it becomes the live version: the promotion's parameters and columns follow, the old
// live version is SUPERSEDED) or rejects it with a reason; marketing or a manager pauses, resumes and ends.
// Each step is one transaction: the promotion row locked first, versions checked, its audit event inside.
import "server-only";
import type { Db } from "@/lib/db/client";
import type { PromotionStatus } from "@/lib/generated/prisma/enums";
import { wrongState } from "@/lib/actions/errors";
import { recordAudit } from "@/lib/audit/write";
import { promotionColumns } from "@/lib/promotions/columns";
import type { PromotionNote, PromotionRef, PromotionVersionRef, RejectPromotionVersion } from "@/lib/promotions/lifecycle/schemas";
import {
  ENTITY, allowed, assertAuthor, changed, assertFresh, assertNotAuthor, auditChanges, lockPromotion, lockVersion, paramsOrNull, validParams, writePromotion, writeVersion,
  type LockedPromotion, type PromotionActor, type Tx,
} from "@/lib/promotions/lifecycle/steps";

export interface LifecycleResult {
  promotionId: string;
  status: PromotionStatus;
  /** The promotion's new optimistic-lock version. */
  version: number;
  versionId?: string;
  rowVersion?: number;
}

const OPEN = ["DRAFT", "PENDING_APPROVAL"] as const;
const livePaused = { pausedAt: null, pausedById: null, pauseReason: null, pauseNote: null };

export async function submitPromotionVersion(db: Db, input: PromotionVersionRef, actor: PromotionActor, now = new Date()): Promise<LifecycleResult> {
  return db.$transaction(async (tx) => {
    const { promotion, version } = await lockVersion(tx, input);
    const params = validParams(version.params);
    const next = allowed("submit", { ...state(promotion), versionStatus: version.status, startsAt: new Date(params.startsAt), endsAt: new Date(params.endsAt), now });
    assertFresh(promotion, version);
    const live = promotion.liveVersionId ? paramsOrNull(promotion.params) : null;
    if (live && !changed(live, params)) throw wrongState("promotionReview.errors.noChange");
    const rowVersion = await writeVersion(tx, version, { status: "PENDING_APPROVAL", submittedAt: now, rejectionReason: null, decidedById: null, decidedAt: null });
    const promotionVersion = await writePromotion(tx, promotion, next.status === promotion.status ? {} : { status: next.status });
    const changes = auditChanges(live, params);
    await recordAudit(tx, {
      actor: actor.staff,
      action: "promotion.submit",
      entityType: ENTITY,
      entityId: promotion.id,
      before: { ...changes.before, status: promotion.status, versionStatus: version.status },
      after: { ...changes.after, status: next.status, versionStatus: "PENDING_APPROVAL", versionId: version.id, versionNumber: version.number },
      request: actor.request,
    });
    return { promotionId: promotion.id, status: next.status, version: promotionVersion, versionId: version.id, rowVersion };
  });
}

/** The author takes a pending version back to draft (to change it before anyone decides). */
export async function withdrawPromotionVersion(db: Db, input: PromotionVersionRef, actor: PromotionActor, now = new Date()): Promise<LifecycleResult> {
  return db.$transaction(async (tx) => {
    const { promotion, version } = await lockVersion(tx, input);
    assertAuthor(version, actor);
    const next = allowed("withdraw", { ...state(promotion), versionStatus: version.status, now });
    const rowVersion = await writeVersion(tx, version, { status: "DRAFT", submittedAt: null });
    const promotionVersion = await writePromotion(tx, promotion, next.status === promotion.status ? {} : { status: next.status });
    await recordAudit(tx, {
      actor: actor.staff,
      action: "promotion.withdraw",
      entityType: ENTITY,
      entityId: promotion.id,
      before: { status: promotion.status, versionStatus: version.status },
      after: { status: next.status, versionStatus: "DRAFT", versionId: version.id, versionNumber: version.number },
      request: actor.request,
    });
    return { promotionId: promotion.id, status: next.status, version: promotionVersion, versionId: version.id, rowVersion };
  });
}

export async function approvePromotionVersion(db: Db, input: PromotionVersionRef, actor: PromotionActor, now = new Date()): Promise<LifecycleResult> {
  return db.$transaction(async (tx) => {
    const { promotion, version } = await lockVersion(tx, input);
    assertNotAuthor(version, actor);
    const params = validParams(version.params);
    const next = allowed("approve", { ...state(promotion), versionStatus: version.status, startsAt: new Date(params.startsAt), endsAt: new Date(params.endsAt), now });
    assertFresh(promotion, version);
    if (BigInt(params.budgetFen) < promotion.spentFen) throw wrongState("promotionReview.errors.budgetBelowSpent");
    const previous = promotion.liveVersionId;
    if (previous) {
      await tx.promotionVersion.updateMany({ where: { id: previous, status: "APPROVED" }, data: { status: "SUPERSEDED", rowVersion: { increment: 1 } } });
    }
    const rowVersion = await writeVersion(tx, version, { status: "APPROVED", decidedById: actor.staff.id, decidedAt: now, rejectionReason: null });
    const promotionVersion = await writePromotion(tx, promotion, {
      params,
      ...promotionColumns(params),
      status: next.status,
      liveVersionId: version.id,
      ...(promotion.status === "PAUSED" ? livePaused : {}),
    });
    const changes = auditChanges(previous ? paramsOrNull(promotion.params) : null, params);
    await recordAudit(tx, {
      actor: actor.staff,
      action: "promotion.approve",
      entityType: ENTITY,
      entityId: promotion.id,
      before: { ...changes.before, status: promotion.status, liveVersionId: previous },
      after: { ...changes.after, status: next.status, liveVersionId: version.id, versionNumber: version.number, authorId: version.authorId, approvedById: actor.staff.id },
      request: actor.request,
    });
    return { promotionId: promotion.id, status: next.status, version: promotionVersion, versionId: version.id, rowVersion };
  });
}

export async function rejectPromotionVersion(db: Db, input: RejectPromotionVersion, actor: PromotionActor, now = new Date()): Promise<LifecycleResult> {
  return db.$transaction(async (tx) => {
    const { promotion, version } = await lockVersion(tx, input);
    assertNotAuthor(version, actor);
    const next = allowed("reject", { ...state(promotion), versionStatus: version.status, now });
    const rowVersion = await writeVersion(tx, version, { status: "REJECTED", decidedById: actor.staff.id, decidedAt: now, rejectionReason: input.reason });
    const promotionVersion = await writePromotion(tx, promotion, next.status === promotion.status ? {} : { status: next.status });
    await recordAudit(tx, {
      actor: actor.staff,
      action: "promotion.reject",
      entityType: ENTITY,
      entityId: promotion.id,
      before: { status: promotion.status, versionStatus: version.status },
      after: { status: next.status, versionStatus: "REJECTED", versionId: version.id, versionNumber: version.number, authorId: version.authorId },
      reason: input.reason,
      request: actor.request,
    });
    return { promotionId: promotion.id, status: next.status, version: promotionVersion, versionId: version.id, rowVersion };
  });
}

export async function pausePromotion(db: Db, input: PromotionNote, actor: PromotionActor, now = new Date()): Promise<LifecycleResult> {
  return db.$transaction(async (tx) => {
    const promotion = await lockPromotion(tx, input.promotionId, input.version);
    const next = allowed("pause", { ...state(promotion), now });
    const version = await writePromotion(tx, promotion, { status: next.status, pausedAt: now, pausedById: actor.staff.id, pauseReason: "MANUAL", pauseNote: input.note });
    await audit(tx, actor, "promotion.pause", promotion, { status: next.status, pauseReason: "MANUAL" }, input.note);
    return { promotionId: promotion.id, status: next.status, version };
  });
}

/** Resumes a paused promotion as it was approved; with a changed version open, approving that one resumes it. */
export async function resumePromotion(db: Db, input: PromotionRef, actor: PromotionActor, now = new Date()): Promise<LifecycleResult> {
  return db.$transaction(async (tx) => {
    const promotion = await lockPromotion(tx, input.promotionId, input.version);
    const next = allowed("resume", { ...state(promotion), openChange: await hasOpenChange(tx, promotion), now });
    const version = await writePromotion(tx, promotion, { status: next.status, ...livePaused });
    await audit(tx, actor, "promotion.resume", promotion, { status: next.status, pauseReason: null });
    return { promotionId: promotion.id, status: next.status, version };
  });
}

/** Ends a promotion for good; its open draft or pending version is SUPERSEDED (nothing left to approve). */
export async function endPromotion(db: Db, input: PromotionNote, actor: PromotionActor, now = new Date()): Promise<LifecycleResult> {
  return db.$transaction(async (tx) => {
    const promotion = await lockPromotion(tx, input.promotionId, input.version);
    const next = allowed("end", { ...state(promotion), now });
    const open = await tx.promotionVersion.findMany({ where: { promotionId: promotion.id, status: { in: [...OPEN] } }, select: { number: true }, orderBy: { number: "asc" } });
    await tx.promotionVersion.updateMany({ where: { promotionId: promotion.id, status: { in: [...OPEN] } }, data: { status: "SUPERSEDED", rowVersion: { increment: 1 } } });
    const version = await writePromotion(tx, promotion, { status: next.status, endedAt: now, endedById: actor.staff.id });
    await audit(tx, actor, "promotion.end", promotion, { status: next.status, supersededVersions: open.map((v) => v.number) }, input.note);
    return { promotionId: promotion.id, status: next.status, version };
  });
}

function state(promotion: LockedPromotion) {
  return { status: promotion.status, hasLive: promotion.liveVersionId !== null, startsAt: promotion.startsAt, endsAt: promotion.endsAt };
}

/** A draft or pending version whose parameters differ from the running ones (an unreadable draft counts). */
async function hasOpenChange(tx: Tx, promotion: LockedPromotion): Promise<boolean> {
  const live = paramsOrNull(promotion.params);
  const open = await tx.promotionVersion.findMany({ where: { promotionId: promotion.id, status: { in: [...OPEN] } }, select: { params: true } });
  return open.some((v) => {
    const params = paramsOrNull(v.params);
    return !live || !params || changed(live, params);
  });
}

async function audit(tx: Tx, actor: PromotionActor, action: string, promotion: LockedPromotion, after: Record<string, unknown>, reason?: string) {
  await recordAudit(tx, {
    actor: actor.staff,
    action,
    entityType: ENTITY,
    entityId: promotion.id,
    before: { status: promotion.status, pauseReason: promotion.pauseReason },
    after: { ...after, promotionName: promotion.name },
    reason: reason ?? null,
    request: actor.request,
  });
}
