// Dormant accounts (PCI DSS 8.2.6): a staff account nobody has signed in to for 90 days is disabled. The
// clock starts at the latest of the last sign-in, the account's creation and its last re-enabling by an
// administrator (reactivated_at), so a never-used account counts from its creation and a re-enabled one is
// not disabled again before its owner has had 90 days to sign in. Run by the scheduler (lib/jobs/start.ts)
// and by `npm run staff:disable-dormant`. Idempotent: each account is re-checked under its row lock, so
// several instances running at once disable it once, with one audit event. No server-only import: the
// npm script runs it outside Next.js.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/write";

export const DORMANT_DAYS = 90;
export const DORMANT_REASON = "dormant";

const DAY_MS = 86_400_000;

/** Active accounts whose every clock (sign-in, creation, re-enabling) is older than the cutoff. */
function dormantWhere(cutoff: Date): Prisma.StaffUserWhereInput {
  return {
    active: true,
    createdAt: { lt: cutoff },
    AND: [{ OR: [{ lastSignInAt: null }, { lastSignInAt: { lt: cutoff } }] }, { OR: [{ reactivatedAt: null }, { reactivatedAt: { lt: cutoff } }] }],
  };
}

export interface DormantRun {
  disabled: { id: string; email: string; since: string }[];
}

export async function disableDormantAccounts(db: Db, now = new Date()): Promise<DormantRun> {
  const cutoff = new Date(now.getTime() - DORMANT_DAYS * DAY_MS);
  const candidates = await db.staffUser.findMany({ where: dormantWhere(cutoff), select: { id: true }, orderBy: { id: "asc" } });
  const disabled: DormantRun["disabled"] = [];
  for (const { id } of candidates) {
    const done = await db.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM staff_user WHERE id = ${id} FOR UPDATE`;
      // Again under the lock: someone may have signed in, or another instance got here first.
      const staff = await tx.staffUser.findFirst({
        where: { id, ...dormantWhere(cutoff) },
        select: { id: true, email: true, lastSignInAt: true, createdAt: true, reactivatedAt: true, sessionVersion: true },
      });
      if (!staff) return null;
      const since = [staff.lastSignInAt, staff.reactivatedAt, staff.createdAt].filter((d): d is Date => d !== null).reduce((a, b) => (a > b ? a : b));
      await tx.staffUser.update({ where: { id }, data: { active: false, sessionVersion: { increment: 1 } }, select: { id: true } });
      await tx.signInChallenge.updateMany({ where: { staffId: id, consumedAt: null, expiresAt: { gt: now } }, data: { expiresAt: now } });
      await recordAudit(tx, {
        // The system acts: no staff member is the actor.
        actor: null,
        action: "staff.deactivate",
        entityType: "StaffUser",
        entityId: id,
        before: { active: true, lastSignInAt: staff.lastSignInAt, reactivatedAt: staff.reactivatedAt, sessionVersion: staff.sessionVersion },
        after: { active: false, sessionVersion: staff.sessionVersion + 1 },
        reason: `${DORMANT_REASON}: no sign-in for ${DORMANT_DAYS} days (since ${since.toISOString()})`,
      });
      return { id, email: staff.email, since: since.toISOString() };
    });
    if (done) disabled.push(done);
  }
  return { disabled };
}

export type BreakGlassRefusal = "not-found" | "not-admin" | "active" | "not-dormant" | "admin-available";

/**
 * The way back when the dormancy job has disabled every administrator, so that nobody is left to re-enable
 * anyone in the console: someone holding the database's credentials (`npm run staff:reenable-admin`)
 * re-enables one administrator account that the job disabled. Only then: an administrator disabled by a
 * person, or while another administrator is still active, stays an administrator's decision in the console.
 * Recorded with no staff actor, the operator's name and the reason given.
 */
export async function reenableDormantAdministrator(
  db: Db,
  input: { email: string; reason: string; operator: string },
  now = new Date(),
): Promise<{ ok: true; id: string } | { ok: false; refusal: BreakGlassRefusal }> {
  return db.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM staff_user WHERE email = ${input.email} FOR UPDATE`;
    if (!row) return { ok: false, refusal: "not-found" as const };
    const staff = await tx.staffUser.findUniqueOrThrow({ where: { id: row.id }, select: { id: true, email: true, roles: true, active: true } });
    if (!staff.roles.includes("ADMIN")) return { ok: false, refusal: "not-admin" as const };
    if (staff.active) return { ok: false, refusal: "active" as const };
    if ((await tx.staffUser.count({ where: { active: true, roles: { has: "ADMIN" } } })) > 0) return { ok: false, refusal: "admin-available" as const };
    const lastDeactivation = await tx.auditEvent.findFirst({
      where: { action: "staff.deactivate", entityType: "StaffUser", entityId: staff.id, outcome: "SUCCESS" },
      orderBy: { id: "desc" },
      select: { actorId: true, reason: true },
    });
    if (!lastDeactivation || lastDeactivation.actorId !== null || !lastDeactivation.reason?.startsWith(`${DORMANT_REASON}:`)) {
      return { ok: false, refusal: "not-dormant" as const };
    }
    await tx.staffUser.update({ where: { id: staff.id }, data: { active: true, reactivatedAt: now }, select: { id: true } });
    await recordAudit(tx, {
      actor: { id: null, email: `command-line:${input.operator}` },
      action: "staff.reactivate",
      entityType: "StaffUser",
      entityId: staff.id,
      before: { active: false },
      after: { active: true, reactivatedAt: now },
      reason: `break-glass: ${input.reason}`,
    });
    return { ok: true as const, id: staff.id };
  });
}
