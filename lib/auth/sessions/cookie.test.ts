import { describe, expect, it } from "vitest";
import { asBrowserSessionCookie, cookiesAreSecure, sessionCookieName } from "@/lib/auth/sessions/cookie";

describe("the session cookie", () => {
  it("is Secure unless the console is served from localhost", () => {
    expect(cookiesAreSecure("http://localhost:3000")).toBe(false);
    expect(cookiesAreSecure("http://127.0.0.1:3100")).toBe(false);
    expect(cookiesAreSecure("http://[::1]:3100")).toBe(false);
    expect(cookiesAreSecure("https://localhost:3000")).toBe(true);
    expect(cookiesAreSecure("https://console.wallet.bank")).toBe(true);
    // Plain http to a real host: Secure anyway, so the browser never sends the session in the clear.
    expect(cookiesAreSecure("http://console.wallet.bank")).toBe(true);
    expect(cookiesAreSecure("http://10.20.0.5:3000")).toBe(true);
    expect(cookiesAreSecure("http://localhost.evil.example")).toBe(true);
    expect(cookiesAreSecure(undefined)).toBe(true);
    expect(sessionCookieName(true)).toBe("__Secure-next-auth.session-token");
  });

  it("loses Expires and Max-Age when set, so it ends with the browser", () => {
    const name = sessionCookieName(true);
    const set = `${name}=eyJhbGciOi.abc; Path=/; Expires=Thu, 03 Dec 2026 19:00:00 GMT; Max-Age=43200; HttpOnly; Secure; SameSite=Lax`;
    expect(asBrowserSessionCookie(set, name)).toBe(`${name}=eyJhbGciOi.abc; Path=/; HttpOnly; Secure; SameSite=Lax`);
    expect(asBrowserSessionCookie(`${name}.1=part; Path=/; Expires=Thu, 03 Dec 2026 19:00:00 GMT`, name)).toBe(`${name}.1=part; Path=/`);
  });

  it("keeps the expiry of a deletion and of other cookies", () => {
    const name = sessionCookieName(false);
    const deletion = `${name}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax`;
    expect(asBrowserSessionCookie(deletion, name)).toBe(deletion);
    const csrf = "next-auth.csrf-token=abc; Path=/; Expires=Thu, 03 Dec 2026 19:00:00 GMT";
    expect(asBrowserSessionCookie(csrf, name)).toBe(csrf);
  });
});
