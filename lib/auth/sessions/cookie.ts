// The session cookie: its name and attributes in one place for next-auth (lib/auth/options.ts), proxy.ts and
// the session reader. Pure, so proxy.ts and unit tests can use it.
//
// - Secure whenever the console is not served from this machine: a session cookie sent over plain http to a
//   real host is readable by anyone on the path (ASVS 3.4.1). Only http://localhost is exempt (development,
//   the e2e consoles). Without a configured URL we cannot know, so we fail closed.
// - No Expires or Max-Age: the cookie ends with the browser session (ASVS 3.3.1). The 12-hour absolute limit
//   and the idle limit are enforced on the server from the token's own times (lib/auth/idle.ts), never by the
//   browser forgetting a cookie.

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

export function cookiesAreSecure(consoleUrl: string | undefined): boolean {
  if (!consoleUrl) return true;
  const url = new URL(consoleUrl);
  return url.protocol === "https:" || !LOCAL_HOSTS.has(url.hostname);
}

/** next-auth's own default name for the setting, so its other routes find the cookie without help. */
export function sessionCookieName(secure: boolean): string {
  return `${secure ? "__Secure-" : ""}next-auth.session-token`;
}

export function sessionCookieOptions(secure: boolean) {
  return { httpOnly: true, sameSite: "lax" as const, path: "/", secure };
}

/**
 * next-auth 4 always gives its session cookie an Expires (the session's maxAge) and has no option to leave it
 * out, so the route handler and the proxy pass its Set-Cookie headers through here. A cookie being set (a
 * value) loses Expires and Max-Age; a cookie being deleted (empty value, Max-Age=0) is left alone, or the
 * browser would keep the old one.
 */
export function asBrowserSessionCookie(setCookie: string, cookieName: string): string {
  const [pair, ...attributes] = setCookie.split(";");
  const eq = pair!.indexOf("=");
  const name = pair!.slice(0, eq).trim();
  const value = pair!.slice(eq + 1).trim();
  // next-auth splits a token over 4 KB into name.0, name.1, ...
  const ours = name === cookieName || name.startsWith(`${cookieName}.`);
  if (!ours || eq < 0 || value === "") return setCookie;
  const kept = attributes.filter((a) => !/^\s*(expires|max-age)\s*=/i.test(a));
  return [pair, ...kept].join(";");
}
