// Who is asking. Every page, action and route handler goes through here: the JWT must be valid and within
// the idle and absolute limits, its session must not have been ended (sign-out, password change), and the
// staff member must still be active with the same session version, so deactivation or a role change ends
// sessions at once. See lib/auth/sessions/resolve.ts.
import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import type { Role } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/db";
import { resolveStaffSession } from "@/lib/auth/sessions/resolve";
import { sessionLimits } from "@/lib/auth/sessions/settings";
import { readSessionToken } from "@/lib/auth/sessions/token";
import { requestMeta } from "@/lib/http/request-meta";

export interface StaffSession {
  id: string;
  name: string;
  email: string;
  roles: Role[];
}

export const getStaffSession = cache(async (): Promise<StaffSession | null> =>
  resolveStaffSession(db, await readSessionToken(), Math.floor(Date.now() / 1000), sessionLimits, requestMeta),
);

/** For pages: the signed-in staff member, or off to /api/session/end, which clears the cookie of a session
 *  that is over and lands on the sign-in page saying why. */
export async function requireStaff(): Promise<StaffSession> {
  const staff = await getStaffSession();
  if (!staff) redirect("/api/session/end");
  return staff;
}

// Pages ask lib/auth/page-gate.ts (requireArea, requirePagePermission), which records refusals.
