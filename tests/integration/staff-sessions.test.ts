// Sessions as the server sees them (issue 9, items 1-3): the session reader that every page, action and
// route handler asks must refuse an idle, expired, signed-out or revoked session by itself, whatever the proxy
// did; sign-out and idle sign-out are audited; a password change ends the other sessions. The request's
// cookies and headers are the test's own (next/headers is replaced), and tokens are made the way next-auth
// makes them: the jwt callback on sign-in, then encode(). Item 3: the Set-Cookie of next-auth's own route.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createRequire } from "node:module";
import { encode, type JWT } from "next-auth/jwt";
import { NextRequest } from "next/server";
import type { Db } from "@/lib/db/client";
import { DEMO_PASSWORD } from "@/lib/sim/staff";
import { freshPopulation, testDb } from "@/tests/support/database";
import { demoSession } from "@/tests/support/staff";

const request = vi.hoisted(() => {
  process.env.NEXTAUTH_SECRET ??= "staff-sessions-test-secret-of-at-least-32-chars";
  return { cookies: new Map<string, string>(), headers: new Headers({ "user-agent": "staff-sessions-test" }) };
});

const fakeHeaders = vi.hoisted(() => ({
  cookies: async () => ({
    get: (name: string) => (request.cookies.has(name) ? { name, value: request.cookies.get(name)! } : undefined),
    getAll: () => [...request.cookies].map(([name, value]) => ({ name, value })),
    has: (name: string) => request.cookies.has(name),
  }),
  headers: async () => request.headers,
}));
vi.mock("next/headers", () => fakeHeaders);
// next-auth reaches next/headers with require(), which vi.mock does not see: give that module the same fakes.
Object.assign(createRequire(import.meta.url)("next/headers"), fakeHeaders);

const { authOptions } = await import("@/lib/auth/options");
const { getStaffSession } = await import("@/lib/auth/session");
const { runAsStaff } = await import("@/lib/actions/context");
const { changeOwnPasswordAction } = await import("@/lib/account/actions");
const authRoute = await import("@/app/api/auth/[...nextauth]/route");

const SECRET = process.env.NEXTAUTH_SECRET!;
const IDLE = 900;
let db: Db;

/** What next-auth does when a sign-in completes: the jwt callback with the user, then the signed token. */
async function signIn(staffId: string): Promise<JWT> {
  const staff = await db.staffUser.findUniqueOrThrow({ where: { id: staffId }, select: { id: true, email: true, name: true, roles: true, sessionVersion: true } });
  const token = await authOptions.callbacks!.jwt!({
    token: { name: staff.name, email: staff.email, sub: staff.id },
    user: { ...staff, id: staff.id },
    account: null,
    trigger: "signIn",
  } as never);
  return token as JWT;
}

/** Puts the token in the request's cookie, under either name the console may use (secure or not). */
async function useCookie(token: JWT): Promise<void> {
  const value = await encode({ token, secret: SECRET });
  request.cookies.clear();
  request.cookies.set("next-auth.session-token", value);
  request.cookies.set("__Secure-next-auth.session-token", value);
}

const now = () => Math.floor(Date.now() / 1000);
const events = (action: string, actorId: string) => db.auditEvent.findMany({ where: { action, actorId }, orderBy: { id: "asc" } });

beforeAll(async () => {
  db = testDb();
  await freshPopulation(db, { customers: 10, days: 2 });
});

beforeEach(() => request.cookies.clear());

afterAll(async () => {
  await db.$disconnect();
});

describe("the session reader", () => {
  it("reads a live session, and after sign-out the same cookie replayed reads nothing; the sign-out is audited", async () => {
    const token = await signIn("staff_officer");
    await useCookie(token);
    expect((await getStaffSession())?.id).toBe("staff_officer");

    await authOptions.events?.signOut?.({ token, session: null as never });
    expect(await getStaffSession()).toBeNull();

    const signOuts = await events("auth.sign-out", "staff_officer");
    expect(signOuts).toHaveLength(1);
    expect(signOuts[0]).toMatchObject({ outcome: "SUCCESS", actorEmail: "officer@wallet.bank", userAgent: "staff-sessions-test" });
  });

  it("refuses an idle session by itself (no proxy involved), ends it and audits the idle sign-out once", async () => {
    const token = await signIn("staff_officer2");
    await useCookie({ ...token, lastSeenAt: now() - IDLE - 60 });
    expect(await getStaffSession()).toBeNull();
    // A second tab noticing the same idle session writes nothing more.
    expect(await getStaffSession()).toBeNull();
    expect(await events("auth.idle-sign-out", "staff_officer2")).toHaveLength(1);

    // Moving the clock in a new token does not revive it: the session row has ended.
    await useCookie({ ...token, lastSeenAt: now() });
    expect(await getStaffSession()).toBeNull();
  });

  it("refuses a session past the absolute limit even when it was just active", async () => {
    const token = await signIn("staff_marketing");
    await useCookie({ ...token, signedInAt: now() - 12 * 3600 - 1, lastSeenAt: now() - 5 });
    expect(await getStaffSession()).toBeNull();
    expect(await events("auth.session-expired", "staff_marketing")).toHaveLength(1);
  });

  it("refuses a validly signed token that carries no session of ours", async () => {
    const token = await signIn("staff_manager");
    await useCookie({ ...token, sid: undefined as never });
    expect(await getStaffSession()).toBeNull();
  });
});

describe("a password change", () => {
  it("ends the staff member's other sessions and keeps the one that made the change", async () => {
    const other = await signIn("staff_lead");
    const current = await signIn("staff_lead");
    await useCookie(other);
    expect((await getStaffSession())?.id).toBe("staff_lead");

    await useCookie(current);
    const result = await runAsStaff(demoSession("staff_lead"), () =>
      changeOwnPasswordAction({ currentPassword: DEMO_PASSWORD, newPassword: "Brass-lantern-harbour-7", confirmPassword: "Brass-lantern-harbour-7" }),
    );
    expect(result).toMatchObject({ ok: true, data: { otherSessionsEnded: 1 } });
    expect((await getStaffSession())?.id).toBe("staff_lead");

    await useCookie(other);
    expect(await getStaffSession()).toBeNull();
    const [event] = await events("account.change-password", "staff_lead");
    expect(event?.after).toEqual({ otherSessionsEnded: 1 });
  });
});

describe("the session cookie next-auth sets", () => {
  it("has no Expires or Max-Age, and next-auth does not renew an idle session", async () => {
    const token = await signIn("staff_auditor");
    await useCookie(token);
    const context = { params: Promise.resolve({ nextauth: ["session"] }) };
    const live = await authRoute.GET(new NextRequest("http://localhost:3000/api/auth/session"), context);
    expect(await live.json()).toMatchObject({ staff: { id: "staff_auditor" } });
    const set = live.headers.getSetCookie().find((c) => c.includes("next-auth.session-token="));
    expect(set).toBeDefined();
    expect(set).toMatch(/httponly/i);
    expect(set).not.toMatch(/expires=|max-age=/i);

    await useCookie({ ...token, lastSeenAt: now() - IDLE - 60 });
    const idle = await authRoute.GET(new NextRequest("http://localhost:3000/api/auth/session"), context);
    expect(await idle.json()).toEqual({});
    // Not renewed: the only session cookie in the answer is its deletion.
    const cookies = idle.headers.getSetCookie().filter((c) => c.includes("next-auth.session-token="));
    for (const cookie of cookies) expect(cookie).toMatch(/next-auth\.session-token=;/);
  });
});
