// What the bank's staff did to one customer, from the audit trail: events on the customer itself (views,
// notes, reveals, ID-number look-ups), on their wallet (freezes, limits, closing) and on their KYC
// submissions (decisions, assignments, reveals). Newest first, capped: the audit trail has the rest.
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { WALLET_FREEZE_REASONS, type WalletFreezeReason } from "@/lib/wallets/freeze-reasons";

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
  /** A wallet freeze's category. */
  freezeReasonCode: WalletFreezeReason | null;
}

// The parts of an event's `after` the timeline shows, read with zod once: a part that is missing or of
// another shape (older events, other actions) reads as absent, never as a crash.
const timelineAfter = z
  .object({
    fields: z.array(z.unknown()).catch([]).transform((fields) => fields.filter((field): field is string => typeof field === "string")),
    body: z.string().nullable().catch(null),
    freezeReasonCode: z.enum(WALLET_FREEZE_REASONS).nullable().catch(null),
  })
  .catch({ fields: [], body: null, freezeReasonCode: null });

function afterOf(value: unknown): Pick<CustomerTimelineEntry, "fields" | "note" | "freezeReasonCode"> {
  const after = timelineAfter.parse(value ?? {});
  return { fields: after.fields, note: after.body, freezeReasonCode: after.freezeReasonCode };
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
