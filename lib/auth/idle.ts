// Session lifetime (PCI DSS 8.2.8): a session that has seen no request for the idle limit, or that is older
// than the absolute limit, is over. Pure, so proxy.ts, the client warning and tests share one rule.

export interface SessionTimes {
  signedInAt: number;
  lastSeenAt: number;
}

export interface SessionLimits {
  idleSeconds: number;
  maxSeconds: number;
}

export type SessionVerdict = "active" | "idle" | "expired";

export function sessionVerdict(times: Partial<SessionTimes>, nowSeconds: number, limits: SessionLimits): SessionVerdict {
  // A token without the times was not issued by this console's sign-in: treat it as over.
  if (typeof times.signedInAt !== "number" || typeof times.lastSeenAt !== "number") return "expired";
  if (nowSeconds - times.signedInAt >= limits.maxSeconds) return "expired";
  if (nowSeconds - times.lastSeenAt >= limits.idleSeconds) return "idle";
  return "active";
}

/** Re-issue the cookie at most every few seconds, but often enough that the server's idle clock never
 *  runs far behind the person's last click. */
export function shouldRefresh(times: SessionTimes, nowSeconds: number, limits: SessionLimits): boolean {
  return nowSeconds - times.lastSeenAt >= Math.min(30, Math.floor(limits.idleSeconds / 6));
}

/** When the client should warn before signing out: a minute before, or sooner for short test limits. */
export function warningLeadSeconds(idleSeconds: number): number {
  return Math.min(60, Math.floor(idleSeconds / 3));
}
