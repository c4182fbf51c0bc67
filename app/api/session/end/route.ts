// GET /api/session/end - where a session that is over lands (proxy.ts sends an idle or expired token here,
// requireStaff an ended or revoked one): the session reader ends its row and audits why (once), this clears
// the cookie and sends the person to the sign-in page saying why. It never ends a live session, so a link
// to it from elsewhere can sign nobody out.
import { NextResponse } from "next/server";
import { sessionVerdict } from "@/lib/auth/idle";
import { getStaffSession } from "@/lib/auth/session";
import { SESSION_COOKIE, sessionCookie, sessionLimits } from "@/lib/auth/sessions/settings";
import { readSessionToken } from "@/lib/auth/sessions/token";
import { definePublicRoute } from "@/lib/http/define-route";

// Public: it serves exactly the requests that have no live session. It decides from the signed cookie alone.
export const GET = definePublicRoute({
  name: "session.end",
  run: async ({ request }) => {
    if (await getStaffSession()) return NextResponse.redirect(new URL("/", request.url));
    const token = await readSessionToken();
    const login = new URL("/login", request.url);
    if (token) {
      const verdict = sessionVerdict(token, Math.floor(Date.now() / 1000), sessionLimits);
      // Idle gets its own message; the absolute limit, a sign-out elsewhere or a password change "ended".
      login.searchParams.set("reason", verdict === "idle" ? "idle" : "expired");
    }
    const response = NextResponse.redirect(login);
    // With the cookie's own attributes: a browser ignores a deletion of a __Secure- cookie that is not Secure.
    response.cookies.set(SESSION_COOKIE, "", { ...sessionCookie.options, maxAge: 0 });
    return response;
  },
});
