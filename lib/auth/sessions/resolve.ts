// Who is asking, from the decoded session token. Three things must hold, checked here on the server for
// every page, action and route handler whatever proxy.ts did with the request (a header can make a request
// skip middleware; nothing can make it skip this): the token's own times are within the idle and absolute
// limits, its session row is still open, and the staff member is active with the same session version.
import "server-only";
import type { JWT } from "next-auth/jwt";
import type { RequestMeta } from "@/lib/audit/write";
import type { Db } from "@/lib/db/client";
import { sessionVerdict, type SessionLimits } from "@/lib/auth/idle";
import type { StaffSession } from "@/lib/auth/session";
import { endStaffSession } from "@/lib/auth/sessions/store";

export async function resolveStaffSession(
  db: Db,
  token: Partial<JWT> | null,
  nowSeconds: number,
  limits: SessionLimits,
  request: () => Promise<RequestMeta>,
): Promise<StaffSession | null> {
  // No token, or one issued before sessions were recorded (no `sid`): nothing to take back, so nothing read.
  if (!token?.sid || !token.staffId) return null;
  const verdict = sessionVerdict(token, nowSeconds, limits);
  if (verdict !== "active") {
    // Whoever notices first ends the row and writes the audit event; later requests find it ended.
    await endStaffSession(db, token.sid, verdict === "idle" ? "IDLE" : "EXPIRED", { id: token.staffId, email: token.email ?? null }, await request());
    return null;
  }
  const row = await db.staffSession.findUnique({
    where: { id: token.sid },
    select: { staffId: true, endedAt: true, staff: { select: { id: true, name: true, email: true, roles: true, active: true, sessionVersion: true } } },
  });
  if (!row || row.endedAt || row.staffId !== token.staffId) return null;
  const { staff } = row;
  if (!staff.active || staff.sessionVersion !== token.sessionVersion) return null;
  return { id: staff.id, name: staff.name, email: staff.email, roles: staff.roles };
}
