import "server-only";
import { db } from "@/lib/db";

/** The staff member's own recent sign-ins and failed attempts, newest first (PCI DSS 8: staff can spot
 *  use of their account they did not make). */
export async function recentSignIns(staffId: string, take = 20) {
  return db.auditEvent.findMany({
    where: { actorId: staffId, action: { in: ["auth.sign-in", "auth.lockout"] } },
    orderBy: { id: "desc" },
    take,
    select: { id: true, createdAt: true, action: true, outcome: true, ip: true, userAgent: true, reason: true },
  });
}

export type SignInRow = Awaited<ReturnType<typeof recentSignIns>>[number];

export async function ownSecurityState(staffId: string) {
  return db.staffUser.findUniqueOrThrow({
    where: { id: staffId },
    select: { totpEnabledAt: true, passwordChangedAt: true, lastSignInAt: true, _count: { select: { recoveryCodes: { where: { usedAt: null } } } } },
  });
}
