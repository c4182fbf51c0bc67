// This console's session cookie and limits, read once from the environment (lib/env.ts).
import { env } from "@/lib/env";
import { cookiesAreSecure, sessionCookieName, sessionCookieOptions } from "@/lib/auth/sessions/cookie";
import type { SessionLimits } from "@/lib/auth/idle";

export const secureCookies = cookiesAreSecure(env.NEXTAUTH_URL);
export const SESSION_COOKIE = sessionCookieName(secureCookies);
export const sessionCookie = { name: SESSION_COOKIE, options: sessionCookieOptions(secureCookies) };
export const sessionLimits: SessionLimits = { idleSeconds: env.SESSION_IDLE_SECONDS, maxSeconds: env.SESSION_MAX_SECONDS };
