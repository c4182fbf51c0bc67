// Opening a page that shows someone's personal data (a customer 360, a KYC workspace, a document scan) is
// itself a record in the audit trail: a regulator asks who looked at whom. One recorder for all of them.
import "server-only";
import { recordAudit, type AuditActor, type RequestMeta } from "@/lib/audit/write";
import { db } from "@/lib/db";

export interface PageView {
  action: string;
  entityType: string;
  entityId: string;
  /** What was shown, when that differs between viewers (a redacted or a full document). */
  after?: Record<string, unknown>;
}

/** A reload, a tab change or an action's re-render by the same person within this window is the same look. */
export const PAGE_VIEW_WINDOW_MS = 60_000;

/**
 * Records the view unless the same actor viewed the same entity within the window. Nothing the client sends
 * decides whether a view is recorded: a request that renders data is recorded, whatever its headers say.
 * Two loads at the very same moment may both be recorded: one look too many, never one too few.
 */
export async function recordPageView(actor: AuditActor & { id: string }, view: PageView, request: RequestMeta | null): Promise<void> {
  await db.$transaction(async (tx) => {
    const recent = await tx.auditEvent.findFirst({
      where: {
        action: view.action,
        entityType: view.entityType,
        entityId: view.entityId,
        actorId: actor.id,
        outcome: "SUCCESS",
        createdAt: { gt: new Date(Date.now() - PAGE_VIEW_WINDOW_MS) },
      },
      select: { id: true },
    });
    if (!recent) await recordAudit(tx, { actor, action: view.action, entityType: view.entityType, entityId: view.entityId, after: view.after, request });
  });
}
