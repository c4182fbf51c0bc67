// Who is asking, from the decoded session token. Three things must hold, checked here on the server for
// every page, action and route handler whatever proxy.ts did with the request (a header can make a request
// skip middleware; nothing can make it skip this): the token's own times are within the idle and absolute
// limits, its session row is still open, and the staff member is active with the same session version.
import "server-only";
import type { JWT } from "next-auth/jwt";
import type { RequestMeta } from "@/lib/audit/write";
import type { Db } from "@/lib/db/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { sessionVerdict, type SessionLimits } from "@/lib/auth/idle";
import type { StaffSession } from "@/lib/auth/session";
import { endStaffSession } from "@/lib/auth/sessions/store";

interface LiveStaff {
  id: string;
  name: string;
  email: string;
  roles: Role[];
  active: boolean;
  sessionVersion: number;
}

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
  // One round trip for both rows (Prisma would read a relation with a second query).
  const [staff] = await db.$queryRaw<LiveStaff[]>`
    SELECT u.id, u.name, u.email, u.roles::text[] AS roles, u.active, u.session_version AS "sessionVersion"
    FROM staff_session s JOIN staff_user u ON u.id = s.staff_id
    WHERE s.id = ${token.sid} AND s.staff_id = ${token.staffId} AND s.ended_at IS NULL`;
  if (!staff || !staff.active || staff.sessionVersion !== token.sessionVersion) return null;
  return { id: staff.id, name: staff.name, email: staff.email, roles: staff.roles };
}
