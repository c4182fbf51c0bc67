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

/**
 * For emails that belong to nobody: the same lock on the same attempt, so the answer never tells whether
 * an account exists. A real account locks on its LOCKOUT_THRESHOLD-th failure (that attempt already says
 * "locked"), so the failure being answered counts here too: `auditedEmail` is the email as the failure's
 * audit row will carry it.
 */
export async function unknownEmailLocks(db: Pick<Db, "auditEvent">, auditedEmail: string, now: Date): Promise<boolean> {
  const earlier = await db.auditEvent.count({
    where: { actorEmail: auditedEmail, actorId: null, action: SIGN_IN_FAILED, outcome: "FAILURE", createdAt: { gte: new Date(now.getTime() - LOCKOUT_MINUTES * 60_000) } },
  });
  return earlier + 1 >= LOCKOUT_THRESHOLD;
}

export function lockedUntil(now: Date): Date {
  return new Date(now.getTime() + LOCKOUT_MINUTES * 60_000);
}
