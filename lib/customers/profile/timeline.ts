// What the bank's staff did to one customer, from the audit trail: events on the customer itself (views,
// notes, reveals, ID-number look-ups), on their wallet (freezes, limits, closing) and on their KYC
// submissions (decisions, assignments, reveals). Newest first, capped: the audit trail has the rest.
import "server-only";
import { db } from "@/lib/db";

export const TIMELINE_SHOWN = 100;

export interface CustomerTimelineEntry {
  id: string;
  at: Date;
  action: string;
  entityType: string;
  entityId: string | null;
  actor: string | null;
  reason: string | null;
  failed: boolean;
  /** Fields a reveal showed. */
  fields: string[];
  /** A note's text, as the audit trail recorded it. */
  note: string | null;
}

function afterOf(value: unknown): { fields: string[]; note: string | null } {
  const after = (value ?? {}) as { fields?: unknown; body?: unknown };
  return {
    fields: Array.isArray(after.fields) ? after.fields.filter((f): f is string => typeof f === "string") : [],
    note: typeof after.body === "string" ? after.body : null,
  };
}

export async function getCustomerTimeline(customerId: string, walletId: string | null): Promise<{ entries: CustomerTimelineEntry[]; more: boolean }> {
  const submissions = await db.kycSubmission.findMany({ where: { customerId }, select: { id: true } });
  const events = await db.auditEvent.findMany({
    where: {
      OR: [
        { entityType: "Customer", entityId: customerId },
        ...(walletId ? [{ entityType: "Wallet", entityId: walletId }] : []),
        ...(submissions.length ? [{ entityType: "KycSubmission", entityId: { in: submissions.map((s) => s.id) } }] : []),
      ],
    },
    orderBy: { id: "desc" },
    take: TIMELINE_SHOWN + 1,
    select: { id: true, createdAt: true, action: true, entityType: true, entityId: true, actorEmail: true, reason: true, outcome: true, after: true, actor: { select: { name: true } } },
  });
  const entries = events.slice(0, TIMELINE_SHOWN).map((event) => ({
    id: event.id.toString(),
    at: event.createdAt,
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId,
    actor: event.actor?.name ?? event.actorEmail,
    reason: event.reason,
    failed: event.outcome === "FAILURE",
    ...afterOf(event.after),
  }));
  return { entries, more: events.length > TIMELINE_SHOWN };
}
