// Saving the promotion editor, in one transaction with its audit event (entity "Promotion", the promotion's
// id, so the detail page's timeline finds it):
//   - no promotion yet: the promotion and its version 1 (DRAFT); the promotion's params are the draft's;
//   - the author's DRAFT version: changed under its rowVersion (a stale form is a conflict); while nothing
//     was ever approved, the promotion's params and columns follow the draft;
//   - a SCHEDULED/ACTIVE/PAUSED promotion without an open version: a new DRAFT version based on the live one,
//     which keeps running untouched until the new one is approved (lib/promotions/lifecycle);
//   - a REJECTED promotion: a new DRAFT version, and the promotion is back to DRAFT.
// A budget below what is already spent is refused on the budget field.
import "server-only";
import type { ActionContext } from "@/lib/actions/context";
import { ActionError, conflict, notFound, wrongState } from "@/lib/actions/errors";
import { recordAudit } from "@/lib/audit/write";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { promotionColumns } from "@/lib/promotions/columns";
import { auditedParams, paramChanges } from "@/lib/promotions/editor/changes";
import type { SavePromotionDraft } from "@/lib/promotions/editor/schemas";
import { readParams, type PromotionParams } from "@/lib/promotions/params";

type Tx = Prisma.TransactionClient;

export const PROMOTION_ENTITY = "Promotion";

export interface PromotionDraftSaved {
  promotionId: string;
  versionId: string;
  number: number;
  rowVersion: number;
  created: boolean;
}

/** Versions still open for change or decision: a promotion has at most one. */
const OPEN_VERSION = ["DRAFT", "PENDING_APPROVAL"] as const;
/** Statuses whose live approved version keeps running while a new one is drafted. */
const RUNNING = ["SCHEDULED", "ACTIVE", "PAUSED"] as const;

function asJson(params: PromotionParams): Prisma.InputJsonValue {
  return params as unknown as Prisma.InputJsonValue;
}

function budgetBelowSpent(): ActionError {
  return new ActionError("invalid", "promotions.saveErrors.budgetBelowSpent", {}, { "params.budgetFen": "promotions.saveErrors.budgetBelowSpent" });
}

export async function savePromotionDraft(db: Db, input: SavePromotionDraft, actor: ActionContext): Promise<PromotionDraftSaved> {
  const params = input.params;
  return db.$transaction(async (tx) => (input.promotionId ? saveExisting(tx, input.promotionId, input, params, actor) : createPromotion(tx, params, actor)));
}

async function createPromotion(tx: Tx, params: PromotionParams, actor: ActionContext): Promise<PromotionDraftSaved> {
  const promotion = await tx.promotion.create({
    data: { ...promotionColumns(params), params: asJson(params), status: "DRAFT", createdById: actor.staff.id },
    select: { id: true },
  });
  const version = await tx.promotionVersion.create({
    data: { promotionId: promotion.id, number: 1, params: asJson(params), status: "DRAFT", authorId: actor.staff.id },
    select: { id: true, rowVersion: true },
  });
  await recordAudit(tx, {
    actor: actor.staff,
    action: "promotion.create",
    entityType: PROMOTION_ENTITY,
    entityId: promotion.id,
    after: { ...auditedParams(params), status: "DRAFT", versionId: version.id, versionNumber: 1 },
    request: actor.request,
  });
  return { promotionId: promotion.id, versionId: version.id, number: 1, rowVersion: version.rowVersion, created: true };
}

async function saveExisting(tx: Tx, promotionId: string, input: SavePromotionDraft, params: PromotionParams, actor: ActionContext): Promise<PromotionDraftSaved> {
  // The promotion row's lock serialises every save and every lifecycle step of one promotion.
  await tx.$queryRaw`SELECT id FROM promotion WHERE id = ${promotionId} FOR UPDATE`;
  const promotion = await tx.promotion.findUnique({
    where: { id: promotionId },
    select: { id: true, status: true, params: true, spentFen: true, liveVersionId: true, liveVersion: { select: { params: true, number: true } } },
  });
  if (!promotion) throw notFound("promotions.saveErrors.notFound");
  if (promotion.status === "ENDED") throw wrongState("promotions.saveErrors.ended");
  if (BigInt(params.budgetFen) < promotion.spentFen) throw budgetBelowSpent();
  // Before any approval the promotion's own params are the draft's, so they follow each save.
  const neverApproved = promotion.liveVersionId === null;

  if (input.versionId) {
    await tx.$queryRaw`SELECT id FROM promotion_version WHERE id = ${input.versionId} FOR UPDATE`;
    const draft = await tx.promotionVersion.findUnique({ where: { id: input.versionId }, select: { id: true, promotionId: true, number: true, status: true, authorId: true, params: true, rowVersion: true } });
    if (!draft || draft.promotionId !== promotion.id) throw notFound("promotions.saveErrors.versionNotFound");
    if (input.rowVersion !== undefined && draft.rowVersion !== input.rowVersion) throw conflict("promotions.saveErrors.conflict", { number: draft.number });
    if (draft.authorId !== actor.staff.id) throw wrongState("promotions.saveErrors.notYourDraft");
    if (draft.status === "PENDING_APPROVAL") throw wrongState("promotions.saveErrors.pending", { number: draft.number });
    if (draft.status !== "DRAFT") throw wrongState("promotions.saveErrors.versionNotFound");
    const { count } = await tx.promotionVersion.updateMany({ where: { id: draft.id, rowVersion: draft.rowVersion }, data: { params: asJson(params), rowVersion: { increment: 1 } } });
    if (count !== 1) throw conflict("promotions.saveErrors.conflict", { number: draft.number });
    if (neverApproved) await tx.promotion.update({ where: { id: promotion.id }, data: { ...promotionColumns(params), params: asJson(params), version: { increment: 1 } } });
    const changes = paramChanges(readParams(draft.params), params);
    await recordAudit(tx, {
      actor: actor.staff,
      action: "promotion.save-draft",
      entityType: PROMOTION_ENTITY,
      entityId: promotion.id,
      before: { ...changes.before, rowVersion: draft.rowVersion },
      after: { ...changes.after, versionId: draft.id, versionNumber: draft.number, rowVersion: draft.rowVersion + 1 },
      request: actor.request,
    });
    return { promotionId: promotion.id, versionId: draft.id, number: draft.number, rowVersion: draft.rowVersion + 1, created: false };
  }

  const open = await tx.promotionVersion.findFirst({ where: { promotionId: promotion.id, status: { in: [...OPEN_VERSION] } }, orderBy: { number: "desc" }, select: { number: true, status: true, authorId: true } });
  if (open?.status === "PENDING_APPROVAL") throw wrongState("promotions.saveErrors.pending", { number: open.number });
  if (open && open.authorId === actor.staff.id) throw wrongState("promotions.saveErrors.openDraftExists", { number: open.number });
  if (open) throw wrongState("promotions.saveErrors.notYourDraft");
  const rejected = promotion.status === "REJECTED";
  if (!rejected && !(RUNNING as readonly string[]).includes(promotion.status)) throw wrongState("promotions.saveErrors.versionNotFound");

  const base = promotion.liveVersion ? readParams(promotion.liveVersion.params) : readParams(promotion.params);
  const changes = paramChanges(base, params);
  if (!rejected && changes.count === 0) throw wrongState("promotions.saveErrors.noChange");
  const last = await tx.promotionVersion.aggregate({ where: { promotionId: promotion.id }, _max: { number: true } });
  const number = (last._max.number ?? 0) + 1;
  const version = await tx.promotionVersion.create({
    data: { promotionId: promotion.id, number, params: asJson(params), status: "DRAFT", baseVersionId: promotion.liveVersionId, authorId: actor.staff.id },
    select: { id: true, rowVersion: true },
  });
  if (rejected) {
    // A rejected promotion was never approved: it is a draft again, and its params are the new draft's.
    await tx.promotion.update({ where: { id: promotion.id }, data: { ...(neverApproved ? { ...promotionColumns(params), params: asJson(params) } : {}), status: "DRAFT", version: { increment: 1 } } });
  }
  await recordAudit(tx, {
    actor: actor.staff,
    action: "promotion.save-draft",
    entityType: PROMOTION_ENTITY,
    entityId: promotion.id,
    before: { ...changes.before, status: promotion.status, baseVersionNumber: promotion.liveVersion?.number ?? null },
    after: { ...changes.after, status: rejected ? "DRAFT" : promotion.status, versionId: version.id, versionNumber: number },
    request: actor.request,
  });
  return { promotionId: promotion.id, versionId: version.id, number, rowVersion: version.rowVersion, created: true };
}
