// The server-side record of each signed-in session (staff_session). A JWT alone cannot be taken back: this
// row can. It is created when next-auth issues the token, read with the staff row on every request
// (resolve.ts), and ended by sign-out, by the idle or absolute limit, or by a password change elsewhere.
import "server-only";
import { randomBytes } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { StaffSessionEnd } from "@/lib/generated/prisma/enums";
import { recordAudit, type AuditActor, type RequestMeta } from "@/lib/audit/write";
import type { Db } from "@/lib/db/client";

/** The audit action of each way a session ends by itself or by its owner (a password change is recorded
 *  in the change's own event, with the number of sessions it ended). */
export const SESSION_END_ACTIONS = {
  SIGN_OUT: "auth.sign-out",
  IDLE: "auth.idle-sign-out",
  EXPIRED: "auth.session-expired",
} as const satisfies Partial<Record<StaffSessionEnd, string>>;

export type SessionEnd = keyof typeof SESSION_END_ACTIONS;

export async function startStaffSession(db: Pick<Db, "staffSession">, staffId: string, request: RequestMeta): Promise<string> {
  const id = randomBytes(24).toString("base64url");
  await db.staffSession.create({ data: { id, staffId, ip: request.ip, userAgent: request.userAgent?.slice(0, 512) ?? null } });
  return id;
}

/**
 * Ends the session and records why, in one transaction. Only the first of several requests that find the
 * same session over writes anything (the update is conditional on ended_at IS NULL), so an idle session is
 * audited once however many tabs notice it. Returns whether this call ended it.
 */
export async function endStaffSession(db: Db, sessionId: string, reason: SessionEnd, actor: AuditActor & { id: string }, request: RequestMeta): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const ended = await tx.staffSession.updateMany({ where: { id: sessionId, staffId: actor.id, endedAt: null }, data: { endedAt: new Date(), endReason: reason } });
    if (ended.count !== 1) return false;
    await recordAudit(tx, { actor, action: SESSION_END_ACTIONS[reason], entityType: "StaffSession", entityId: sessionId, request });
    return true;
  });
}

/** Inside the caller's transaction (a password change): ends every other open session of the staff member. */
export async function endOtherStaffSessions(tx: Pick<Prisma.TransactionClient, "staffSession">, staffId: string, keepSessionId: string | null): Promise<number> {
  const ended = await tx.staffSession.updateMany({
    where: { staffId, endedAt: null, ...(keepSessionId ? { id: { not: keepSessionId } } : {}) },
    data: { endedAt: new Date(), endReason: "PASSWORD_CHANGE" },
  });
  return ended.count;
}
