// Runs before every request, whatever its headers (there is no `missing` clause in the matcher: a request
// that could skip the proxy by saying `next-router-prefetch: 1` once read whole pages on a dead session).
// It sets the Content-Security-Policy with a fresh nonce, turns away requests without a live session (no
// token, idle too long, or past the absolute limit) and keeps the idle clock of live sessions current.
// It does not authorise, and it is not the only line: lib/auth/session.ts checks the same limits, and
// whether the session was ended, for every page, action and route handler.
import { encode, getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { sessionVerdict, shouldRefresh } from "@/lib/auth/idle";
import { SESSION_COOKIE, secureCookies, sessionCookie, sessionLimits } from "@/lib/auth/sessions/settings";
import { env } from "@/lib/env";
import { contentSecurityPolicy } from "@/lib/http/security-headers";

// /api/session/end is where dead sessions are sent to be ended and cleared, so it must be reachable by them.
// /api/v1 is the wallet app's machine API: each request is authenticated by its HMAC signature
// (lib/fraud/decisions/), never by a staff session.
const PUBLIC_PATHS = ["/login", "/api/auth", "/api/session/end", "/api/v1"];

export async function proxy(request: NextRequest) {
  const https = (env.NEXTAUTH_URL ?? request.nextUrl.origin).startsWith("https://");
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce, { dev: env.NODE_ENV === "development", https });
  const { pathname } = request.nextUrl;
  // What a dead session is told. Only a browser navigation is redirected (to be ended, cleared and sent to
  // the sign-in page); anything a script fetched (router prefetches and navigations, server actions, API
  // calls) gets an empty 401, never a redirect whose target would render, or would end the session in the
  // background before the person sees why (Next's router turns a 401 into a full navigation). Next strips its
  // own router headers (RSC, Next-Router-Prefetch) before the proxy runs, so the browser's Sec-Fetch-Mode
  // tells the two apart. This only picks the refusal: neither kind reads anything.
  const mode = request.headers.get("sec-fetch-mode");
  const navigation = mode ? mode === "navigate" : (request.headers.get("accept") ?? "").includes("text/html");
  const fetched = !navigation || request.headers.has("next-action") || pathname.startsWith("/api/");
  // Browser-level prefetches (speculation rules, <link rel=prefetch>) are not the person working.
  const prefetch = request.headers.get("sec-purpose")?.includes("prefetch") || request.headers.get("purpose") === "prefetch";

  let refreshedToken: string | null = null;
  if (!PUBLIC_PATHS.some((p) => pathname === p || pathname.startsWith(`${p}/`))) {
    const token = await getToken({ req: request, secret: env.NEXTAUTH_SECRET, cookieName: SESSION_COOKIE, secureCookie: secureCookies });
    const now = Math.floor(Date.now() / 1000);
    const verdict = token ? sessionVerdict(token, now, sessionLimits) : null;
    if (!token || verdict !== "active") {
      if (fetched) return withCsp(NextResponse.json({ error: "unauthenticated" }, { status: 401 }), csp);
      // A token that is over: /api/session/end ends its row, audits it once and clears the cookie.
      // 303: a form posted without JavaScript arrives there as a GET.
      if (token) return withCsp(NextResponse.redirect(new URL("/api/session/end", request.url), 303), csp);
      const login = new URL("/login", request.url);
      login.searchParams.set("callbackUrl", pathname + request.nextUrl.search);
      return withCsp(NextResponse.redirect(login), csp);
    }
    // The alert queue's event stream reconnects by itself every few minutes: an open page is not the person working.
    const background = pathname === "/api/alerts/stream";
    if (!prefetch && !background && shouldRefresh(token, now, sessionLimits)) {
      refreshedToken = await encode({ token: { ...token, lastSeenAt: now }, secret: env.NEXTAUTH_SECRET!, maxAge: sessionLimits.maxSeconds });
      // The page rendering this request reads the renewed token too.
      request.cookies.set(SESSION_COOKIE, refreshedToken);
    }
  }

  // Machine routes carry their own X-Nonce (part of the request signature); the CSP nonce is for pages.
  if (pathname === "/api/v1" || pathname.startsWith("/api/v1/")) return withCsp(NextResponse.next(), csp);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = withCsp(NextResponse.next({ request: { headers: requestHeaders } }), csp);
  if (refreshedToken) {
    // No maxAge: a browser-session cookie; the server enforces the limits (lib/auth/sessions/cookie.ts).
    response.cookies.set(SESSION_COOKIE, refreshedToken, sessionCookie.options);
  }
  return response;
}

function withCsp(response: NextResponse, csp: string): NextResponse {
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)" }],
};
