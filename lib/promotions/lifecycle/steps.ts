// The shared steps of every lifecycle change: lock the promotion (always first, then the version, the order
// the reward worker's FOR UPDATE also takes), refuse a version or rowVersion the person did not see, and
// write each row only if nobody changed it since it was locked.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ActionError, conflict, notFound, wrongState } from "@/lib/actions/errors";
import type { ActionContext } from "@/lib/actions/context";
import { auditedParams, paramChanges, type AuditedParams } from "@/lib/promotions/editor/changes";
import { promotionParamsSchema, type PromotionParams } from "@/lib/promotions/params";
import { transition, type LifecycleState, type LifecycleStep, type Transition } from "@/lib/promotions/lifecycle/transitions";

export type Tx = Prisma.TransactionClient;
export type PromotionActor = ActionContext;
/** Every lifecycle event is recorded against the promotion, so its timeline is one audit query. */
export const ENTITY = "Promotion";

const promotionSelect = {
  id: true,
  name: true,
  status: true,
  version: true,
  params: true,
  liveVersionId: true,
  spentFen: true,
  startsAt: true,
  endsAt: true,
  pauseReason: true,
} satisfies Prisma.PromotionSelect;
export type LockedPromotion = Prisma.PromotionGetPayload<{ select: typeof promotionSelect }>;

const versionSelect = {
  id: true,
  promotionId: true,
  number: true,
  params: true,
  status: true,
  baseVersionId: true,
  authorId: true,
  rowVersion: true,
} satisfies Prisma.PromotionVersionSelect;
export type LockedVersion = Prisma.PromotionVersionGetPayload<{ select: typeof versionSelect }>;

/** Locks the promotion row and checks the version the page showed (when it names one). */
export async function lockPromotion(tx: Tx, id: string, version?: number): Promise<LockedPromotion> {
  await tx.$queryRaw`SELECT id FROM promotion WHERE id = ${id} FOR UPDATE`;
  const row = await tx.promotion.findUnique({ where: { id }, select: promotionSelect });
  if (!row) throw notFound("promotionReview.errors.notFound");
  if (version !== undefined && row.version !== version) throw conflict("promotionReview.conflict.promotion", { name: row.name });
  return row;
}

/** Locks the version's promotion, then the version, and checks the version's rowVersion. */
export async function lockVersion(tx: Tx, input: { versionId: string; rowVersion: number }): Promise<{ promotion: LockedPromotion; version: LockedVersion }> {
  const owner = await tx.promotionVersion.findUnique({ where: { id: input.versionId }, select: { promotionId: true } });
  if (!owner) throw notFound("promotionReview.errors.versionNotFound");
  const promotion = await lockPromotion(tx, owner.promotionId);
  await tx.$queryRaw`SELECT id FROM promotion_version WHERE id = ${input.versionId} FOR UPDATE`;
  const version = await tx.promotionVersion.findUniqueOrThrow({ where: { id: input.versionId }, select: versionSelect });
  if (version.rowVersion !== input.rowVersion) throw conflict("promotionReview.conflict.version", { number: version.number });
  return { promotion, version };
}

/** The transition's answer, or the refusal in the reader's language. */
export function allowed(step: LifecycleStep, state: LifecycleState): Extract<Transition, { ok: true }> {
  const next = transition(step, state);
  if (!next.ok) throw wrongState(`promotionReview.errors.${next.refusal}`);
  return next;
}

/** Four eyes: the author of a version never approves or rejects it, whatever their roles. */
export function assertNotAuthor(version: LockedVersion, actor: PromotionActor): void {
  if (version.authorId === actor.staff.id) throw new ActionError("forbidden", "promotionReview.errors.ownVersion");
}

export function assertAuthor(version: LockedVersion, actor: PromotionActor): void {
  if (version.authorId !== actor.staff.id) throw new ActionError("forbidden", "promotionReview.errors.notAuthor");
}

/** A change must be written against the version that runs now; after another approval it is stale. */
export function assertFresh(promotion: LockedPromotion, version: LockedVersion): void {
  if (promotion.liveVersionId && version.baseVersionId !== promotion.liveVersionId) throw wrongState("promotionReview.errors.stale", { number: version.number });
}

/** A version's parameters, checked again by the one schema; a draft that does not pass cannot go further. */
export function validParams(json: unknown): PromotionParams {
  const parsed = promotionParamsSchema.safeParse(json);
  if (!parsed.success) throw wrongState("promotionReview.errors.invalidParams");
  return parsed.data;
}

export function paramsOrNull(json: unknown): PromotionParams | null {
  const parsed = promotionParamsSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}

/** The parameter diff as the audit trail records it, the editor's way (lib/promotions/editor/changes.ts). */
export function auditChanges(before: PromotionParams | null, after: PromotionParams): { before: AuditedParams; after: AuditedParams } {
  if (!before) return { before: {}, after: auditedParams(after) };
  const { before: was, after: now } = paramChanges(before, after);
  return { before: was, after: now };
}

/** Whether two parameter sets differ in any field. */
export function changed(before: PromotionParams, after: PromotionParams): boolean {
  return paramChanges(before, after).count > 0;
}

export async function writePromotion(tx: Tx, row: LockedPromotion, data: Prisma.PromotionUncheckedUpdateManyInput): Promise<number> {
  const { count } = await tx.promotion.updateMany({ where: { id: row.id, version: row.version }, data: { ...data, version: { increment: 1 } } });
  if (count !== 1) throw conflict("promotionReview.conflict.promotion", { name: row.name });
  return row.version + 1;
}

export async function writeVersion(tx: Tx, row: LockedVersion, data: Prisma.PromotionVersionUncheckedUpdateManyInput): Promise<number> {
  const { count } = await tx.promotionVersion.updateMany({ where: { id: row.id, rowVersion: row.rowVersion }, data: { ...data, rowVersion: { increment: 1 } } });
  if (count !== 1) throw conflict("promotionReview.conflict.version", { number: row.number });
  return row.rowVersion + 1;
}
