// What the edit page needs to open the form: the promotion, its live version, and which version a save
// would change (the viewer's own open draft) or why none can be changed now.
import "server-only";
import { db } from "@/lib/db";
import { readParams, type PromotionParams } from "@/lib/promotions/params";

export type EditState =
  | { kind: "draft"; versionId: string; number: number; rowVersion: number; params: PromotionParams }
  | { kind: "new-version"; params: PromotionParams; liveNumber: number | null }
  | { kind: "pending"; number: number }
  | { kind: "others-draft"; number: number; authorName: string }
  | { kind: "ended" };

export interface PromotionForEdit {
  id: string;
  name: string;
  status: "DRAFT" | "PENDING_APPROVAL" | "SCHEDULED" | "ACTIVE" | "PAUSED" | "ENDED" | "REJECTED";
  spentFen: bigint;
  state: EditState;
}

export async function promotionForEdit(id: string, viewerId: string): Promise<PromotionForEdit | null> {
  const promotion = await db.promotion.findUnique({
    where: { id },
    select: { id: true, name: true, status: true, params: true, spentFen: true, liveVersion: { select: { number: true, params: true } } },
  });
  if (!promotion) return null;
  const base = { id: promotion.id, name: promotion.name, status: promotion.status, spentFen: promotion.spentFen };
  if (promotion.status === "ENDED") return { ...base, state: { kind: "ended" } };
  const open = await db.promotionVersion.findFirst({
    where: { promotionId: id, status: { in: ["DRAFT", "PENDING_APPROVAL"] } },
    orderBy: { number: "desc" },
    select: { id: true, number: true, status: true, rowVersion: true, params: true, authorId: true, author: { select: { name: true } } },
  });
  if (open?.status === "PENDING_APPROVAL") return { ...base, state: { kind: "pending", number: open.number } };
  if (open && open.authorId !== viewerId) return { ...base, state: { kind: "others-draft", number: open.number, authorName: open.author.name } };
  if (open) return { ...base, state: { kind: "draft", versionId: open.id, number: open.number, rowVersion: open.rowVersion, params: readParams(open.params) } };
  const params = readParams(promotion.liveVersion?.params ?? promotion.params);
  return { ...base, state: { kind: "new-version", params, liveNumber: promotion.liveVersion?.number ?? null } };
}
