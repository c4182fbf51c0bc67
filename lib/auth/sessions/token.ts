// The signed session token of the current request, read from its cookie and verified with the console's
// secret. Used instead of next-auth's getServerSession, which runs the session callbacks and would hand
// back a session without the token's times and session id.
import "server-only";
import { decode, type JWT } from "next-auth/jwt";
import { cookies } from "next/headers";
import { cache } from "react";
import { authSecret } from "@/lib/auth/secret";
import { SESSION_COOKIE } from "@/lib/auth/sessions/settings";

export async function readSessionToken(): Promise<JWT | null> {
  const secret = authSecret();
  // Our tokens stay far below the 4 KB at which next-auth would split the cookie into chunks.
  const value = (await cookies()).get(SESSION_COOKIE)?.value;
  if (!value || !secret) return null;
  try {
    return await decode({ token: value, secret });
  } catch {
    // Tampered, signed with another secret, or past its exp: no session.
    return null;
  }
}

/** The staff_session id of the request's own session, for a password change that ends the others. Kept out
 *  of StaffSession, which pages hand to components, so the id never reaches a browser. Null outside a
 *  request (tests acting as a staff member). */
export const currentSessionId = cache(async (): Promise<string | null> => {
  try {
    return (await readSessionToken())?.sid ?? null;
  } catch {
    return null;
  }
});
