// What our JWT and session carry beyond next-auth's defaults.
import type { Role } from "@/lib/generated/prisma/enums";

declare module "next-auth" {
  interface User {
    id: string;
    roles: Role[];
    sessionVersion: number;
  }
  interface Session {
    staff: { id: string; name: string; email: string; roles: Role[]; sessionVersion: number };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    staffId: string;
    /** The staff_session row this token belongs to: ending the row ends the token (lib/auth/sessions). */
    sid: string;
    roles: Role[];
    sessionVersion: number;
    /** Unix seconds: when the sign-in completed, and the last request (see lib/auth/idle.ts). */
    signedInAt: number;
    lastSeenAt: number;
  }
}
