// next-auth configuration: email + password (Argon2id) against StaffUser, JWT sessions that carry the
// staff id, roles and session version. The messages never say which of email or password was wrong.
import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { db } from "@/lib/db";
import { sessionVerdict } from "@/lib/auth/idle";
import { authSecret } from "@/lib/auth/secret";
import { endStaffSession, startStaffSession } from "@/lib/auth/sessions/store";
import { secureCookies, sessionCookie, sessionLimits } from "@/lib/auth/sessions/settings";
import { completeSignIn } from "@/lib/auth/sign-in/flow";
import { requestMeta } from "@/lib/http/request-meta";

const credentialsSchema = z.object({ challengeId: z.string().min(20).max(100) });

const nowSeconds = () => Math.floor(Date.now() / 1000);

export const authOptions: NextAuthOptions = {
  secret: authSecret(),
  // The token is valid for the absolute limit; the server ends idle sessions sooner (lib/auth/idle.ts) and
  // ended ones at once (lib/auth/sessions). The cookie itself has no expiry: the route handler and proxy.ts
  // strip the one next-auth adds (lib/auth/sessions/cookie.ts).
  session: { strategy: "jwt", maxAge: sessionLimits.maxSeconds },
  useSecureCookies: secureCookies,
  cookies: { sessionToken: sessionCookie },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    CredentialsProvider({
      // The password and second factor were checked by the sign-in steps (lib/auth/sign-in); this only
      // redeems the single-use challenge they completed.
      name: "challenge",
      credentials: { challengeId: { type: "text" } },
      async authorize(raw) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) return null;
        try {
          return await completeSignIn(db, parsed.data.challengeId, await requestMeta());
        } catch {
          return null;
        }
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        // A new sign-in: its server-side session row, whose id the token carries from now on.
        const now = nowSeconds();
        token.sid = await startStaffSession(db, user.id, await requestMeta());
        token.staffId = user.id;
        token.roles = user.roles;
        token.sessionVersion = user.sessionVersion;
        token.signedInAt = now;
        token.lastSeenAt = now;
        return token;
      }
      // /api/auth/session re-issues the cookie; it must not hand out or renew a session that is over (next-auth
      // answers a throw here with an empty session and a cleared cookie).
      if (!token.sid || sessionVerdict(token, nowSeconds(), sessionLimits) !== "active") throw new Error("session is over");
      return token;
    },
    session({ session, token }) {
      session.staff = { id: token.staffId, name: token.name ?? "", email: token.email ?? "", roles: token.roles, sessionVersion: token.sessionVersion };
      return session;
    },
  },
  events: {
    // POST /api/auth/signout (the sign-out button, "sign out now", and the idle warning when time runs out):
    // the session row ends, so the same cookie replayed later reads nothing. Whether this was the person
    // signing out or the idle limit is judged from the signed token, not from what the page says.
    async signOut({ token }) {
      if (!token?.sid || !token.staffId) return;
      const verdict = sessionVerdict(token, nowSeconds(), sessionLimits);
      const reason = verdict === "active" ? "SIGN_OUT" : verdict === "idle" ? "IDLE" : "EXPIRED";
      await endStaffSession(db, token.sid, reason, { id: token.staffId, email: token.email ?? null }, await requestMeta());
    },
  },
};
