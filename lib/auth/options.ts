// next-auth configuration: email + password (Argon2id) against StaffUser, JWT sessions that carry the
// staff id, roles and session version. The messages never say which of email or password was wrong.
import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { authSecret } from "@/lib/auth/secret";
import { completeSignIn } from "@/lib/auth/sign-in/flow";
import { requestMeta } from "@/lib/http/request-meta";

const credentialsSchema = z.object({ challengeId: z.string().min(20).max(100) });


export const authOptions: NextAuthOptions = {
  secret: authSecret(),
  // The cookie lives as long as the absolute limit; proxy.ts ends idle sessions sooner (lib/auth/idle.ts).
  session: { strategy: "jwt", maxAge: env.SESSION_MAX_SECONDS },
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
    jwt({ token, user }) {
      if (user) {
        const now = Math.floor(Date.now() / 1000);
        token.staffId = user.id;
        token.roles = user.roles;
        token.sessionVersion = user.sessionVersion;
        token.signedInAt = now;
        token.lastSeenAt = now;
      }
      return token;
    },
    session({ session, token }) {
      session.staff = { id: token.staffId, name: token.name ?? "", email: token.email ?? "", roles: token.roles, sessionVersion: token.sessionVersion };
      return session;
    },
  },
};
