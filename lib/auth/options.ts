// next-auth configuration: email + password (Argon2id) against StaffUser, JWT sessions that carry the
// staff id, roles and session version. The messages never say which of email or password was wrong.
import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { db } from "@/lib/db";
import { authSecret } from "@/lib/auth/secret";
import { decoyPasswordHash, verifyPassword } from "@/lib/auth/password";

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(1024),
});

/** Sessions end after 12 hours whatever the activity (PCI DSS 8.2.8 covers idle time separately). */
const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

export const authOptions: NextAuthOptions = {
  secret: authSecret(),
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    CredentialsProvider({
      name: "password",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(raw) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) return null;
        const staff = await db.staffUser.findUnique({
          where: { email: parsed.data.email },
          select: { id: true, email: true, name: true, roles: true, active: true, passwordHash: true, sessionVersion: true },
        });
        // Verify against a decoy hash when nobody has this email, so timing does not reveal it.
        const ok = await verifyPassword(staff?.passwordHash ?? (await decoyPasswordHash()), parsed.data.password);
        if (!staff || !ok || !staff.active) return null;
        await db.staffUser.update({ where: { id: staff.id }, data: { lastSignInAt: new Date() } });
        return { id: staff.id, email: staff.email, name: staff.name, roles: staff.roles, sessionVersion: staff.sessionVersion };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.staffId = user.id;
        token.roles = user.roles;
        token.sessionVersion = user.sessionVersion;
      }
      return token;
    },
    session({ session, token }) {
      session.staff = { id: token.staffId, name: token.name ?? "", email: token.email ?? "", roles: token.roles, sessionVersion: token.sessionVersion };
      return session;
    },
  },
};
