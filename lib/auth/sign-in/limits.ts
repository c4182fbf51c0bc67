// Lockout and throttling of sign-in (PCI DSS 8.3.4; OWASP ASVS 2.2.1): five failures lock an account for
// thirty minutes; an address that keeps failing is slowed down whatever accounts it tries. Failures are
// counted from the audit trail, so every instance of the console sees the same numbers.
import type { Db } from "@/lib/db/client";

export const LOCKOUT_THRESHOLD = 5;
export const LOCKOUT_MINUTES = 30;
export const IP_FAILURE_LIMIT = 30;
export const IP_WINDOW_MINUTES = 15;

export const SIGN_IN_FAILED = "auth.sign-in";

export async function ipIsThrottled(db: Pick<Db, "auditEvent">, ip: string | null, now: Date): Promise<boolean> {
  if (!ip) return false;
  const failures = await db.auditEvent.count({
    where: { ip, action: SIGN_IN_FAILED, outcome: "FAILURE", createdAt: { gte: new Date(now.getTime() - IP_WINDOW_MINUTES * 60_000) } },
  });
  return failures >= IP_FAILURE_LIMIT;
}

/** For emails that belong to nobody: the same lock after the same number of failures, so the answer
 *  never tells whether an account exists. */
export async function unknownEmailIsLocked(db: Pick<Db, "auditEvent">, email: string, now: Date): Promise<boolean> {
  const failures = await db.auditEvent.count({
    where: { actorEmail: email, actorId: null, action: SIGN_IN_FAILED, outcome: "FAILURE", createdAt: { gte: new Date(now.getTime() - LOCKOUT_MINUTES * 60_000) } },
  });
  return failures >= LOCKOUT_THRESHOLD;
}

export function lockedUntil(now: Date): Date {
  return new Date(now.getTime() + LOCKOUT_MINUTES * 60_000);
}
