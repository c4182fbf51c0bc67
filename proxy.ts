// Runs before every request: sets the Content-Security-Policy with a fresh nonce, turns away requests
// without a live session (no token, idle too long, or past the absolute limit) and keeps the idle clock
// of live sessions current. It does not authorise: pages, actions and route handlers check permissions.
import { encode, getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { sessionVerdict, shouldRefresh } from "@/lib/auth/idle";
import { env } from "@/lib/env";
import { contentSecurityPolicy } from "@/lib/http/security-headers";

const PUBLIC_PATHS = ["/login", "/api/auth"];
const limits = { idleSeconds: env.SESSION_IDLE_SECONDS, maxSeconds: env.SESSION_MAX_SECONDS };

export async function proxy(request: NextRequest) {
  const https = (env.NEXTAUTH_URL ?? request.nextUrl.origin).startsWith("https://");
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce, { dev: env.NODE_ENV === "development", https });
  const cookieName = `${https ? "__Secure-" : ""}next-auth.session-token`;
  const { pathname } = request.nextUrl;

  let refreshedToken: string | null = null;
  if (!PUBLIC_PATHS.some((p) => pathname === p || pathname.startsWith(`${p}/`))) {
    const token = await getToken({ req: request, secret: env.NEXTAUTH_SECRET, secureCookie: https });
    const now = Math.floor(Date.now() / 1000);
    const verdict = token ? sessionVerdict(token, now, limits) : null;
    if (!token || verdict !== "active") {
      if (pathname.startsWith("/api/")) return NextResponse.json({ error: "unauthenticated" }, { status: 401 });
      const login = new URL("/login", request.url);
      if (verdict) login.searchParams.set("reason", verdict);
      else login.searchParams.set("callbackUrl", pathname + request.nextUrl.search);
      const redirect = NextResponse.redirect(login);
      if (verdict) redirect.cookies.delete(cookieName);
      return redirect;
    }
    if (shouldRefresh(token, now, limits)) {
      refreshedToken = await encode({ token: { ...token, lastSeenAt: now }, secret: env.NEXTAUTH_SECRET!, maxAge: limits.maxSeconds });
    }
  }

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  if (refreshedToken) {
    response.cookies.set(cookieName, refreshedToken, { httpOnly: true, sameSite: "lax", secure: https, path: "/", maxAge: limits.maxSeconds });
  }
  return response;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)", missing: [{ type: "header", key: "next-router-prefetch" }] }],
};
