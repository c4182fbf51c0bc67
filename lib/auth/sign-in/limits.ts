// Lockout and throttling of sign-in (PCI DSS 8.3.4; OWASP ASVS 2.2.1): five failures lock an account for
// thirty minutes; an address that keeps failing is slowed down whatever accounts it tries. Failures are
// counted from the audit trail, so every instance of the console sees the same numbers.
import type { Db } from "@/lib/db/client";

export const LOCKOUT_THRESHOLD = 5;
export const LOCKOUT_MINUTES = 30;
export const IP_FAILURE_LIMIT = 30;
export const IP_WINDOW_MINUTES = 15;

export const SIGN_IN_FAILED = "auth.sign-in";
export const LOCKOUT = "auth.lockout";

export async function ipIsThrottled(db: Pick<Db, "auditEvent">, ip: string | null, now: Date): Promise<boolean> {
  if (!ip) return false;
  const failures = await db.auditEvent.count({
    where: { ip, action: SIGN_IN_FAILED, outcome: "FAILURE", createdAt: { gte: new Date(now.getTime() - IP_WINDOW_MINUTES * 60_000) } },
  });
  return failures >= IP_FAILURE_LIMIT;
}

/** How far back an unknown email's failures are remembered (a real account's count has no window). */
export const UNKNOWN_EMAIL_MEMORY_HOURS = 24;

/**
 * For emails that belong to nobody, the lockout a real account would have, replayed from the audit trail so
 * that the answer never tells whether an account exists: "locks" on the LOCKOUT_THRESHOLD-th failure (that
 * attempt already says "locked", as a real account's does, and the caller records an auth.lockout for the
 * email), "locked" for LOCKOUT_MINUTES after that lockout (attempts then do not count, as for a real account),
 * and counting starts again when that lock ends. `auditedEmail` is the email as the audit rows carry it.
 */
export async function unknownEmailLockout(db: Pick<Db, "auditEvent">, auditedEmail: string, now: Date): Promise<"open" | "locks" | "locked"> {
  const memory = new Date(now.getTime() - UNKNOWN_EMAIL_MEMORY_HOURS * 3_600_000);
  const lastLock = await db.auditEvent.findFirst({
    where: { actorEmail: auditedEmail, actorId: null, action: LOCKOUT, createdAt: { gte: memory } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  const lockEnds = lastLock ? lockedUntil(lastLock.createdAt) : null;
  if (lockEnds && lockEnds > now) return "locked";
  const failures = await db.auditEvent.count({
    // Wrong passwords only: a throttled attempt never reaches a real account's count either.
    where: { actorEmail: auditedEmail, actorId: null, action: SIGN_IN_FAILED, outcome: "FAILURE", reason: "unknown-email", createdAt: { gt: lockEnds ?? memory } },
  });
  return failures + 1 >= LOCKOUT_THRESHOLD ? "locks" : "open";
}

export function lockedUntil(now: Date): Date {
  return new Date(now.getTime() + LOCKOUT_MINUTES * 60_000);
}
