// Staff accounts over time (issue 9, "Accounts" and item 10): temporary passwords expire, dormant accounts
// are disabled and can be re-enabled, a failed sign-in's row keeps no pasted password, and the lockout
// answers the same on the same attempt whether or not the account exists. Sign-in runs as the login page
// runs it: through its public server actions.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { runAsStaff } from "@/lib/actions/context";
import type { ActionResult } from "@/lib/actions/result";
import { startSignIn } from "@/lib/auth/sign-in/flow";
import { startSignInAction } from "@/lib/auth/sign-in/actions";
import { LOCKOUT_THRESHOLD } from "@/lib/auth/sign-in/limits";
import { DEFAULT_LOCALE, translator } from "@/lib/i18n/translate";
import { createStaffAction, reactivateStaffAction, resetStaffPasswordAction } from "@/lib/staff/actions";
import { disableDormantAccounts, DORMANT_DAYS, reenableDormantAdministrator } from "@/lib/staff/dormant";
import { getStaffDetail } from "@/lib/staff/queries";
import { demoSession } from "@/tests/support/staff";
import { freshPopulation, testDb } from "@/tests/support/database";

let db: Db;
const admin = demoSession("staff_admin");
const t = translator(DEFAULT_LOCALE);
const DAY = 86_400_000;

/** The sign-in step as the login form calls it; anonymous, from the test context's address. */
const signIn = (email: string, password: string) => runAsStaff(null, () => startSignInAction({ email, password }));
const message = (result: ActionResult<unknown>) => (result.ok ? "ok" : result.message);

async function createStaff(email: string): Promise<{ id: string; temporaryPassword: string }> {
  const result = await runAsStaff(admin, () => createStaffAction({ name: "测试员工", email, roles: ["AUDITOR"] }));
  if (!result.ok) throw new Error(result.message);
  return result.data;
}

async function failedRows() {
  return db.auditEvent.findMany({ where: { action: "auth.sign-in", outcome: "FAILURE" }, orderBy: { id: "asc" }, select: { actorEmail: true, reason: true } });
}

beforeAll(async () => {
  db = testDb();
  await freshPopulation(db, { customers: 10, days: 2 });
});

afterAll(async () => {
  await db.$disconnect();
});

describe("the lockout answer", () => {
  it("is the same on attempts 1 to 6 for a real account and for an email that belongs to nobody", async () => {
    const real: string[] = [];
    const nobody: string[] = [];
    for (let attempt = 1; attempt <= LOCKOUT_THRESHOLD + 1; attempt++) {
      real.push(message(await signIn("lead@wallet.bank", `wrong-${attempt}`)));
      nobody.push(message(await signIn("no.such.person@wallet.bank", `wrong-${attempt}`)));
    }
    expect(nobody).toEqual(real);
    expect(real).toEqual([...Array(LOCKOUT_THRESHOLD - 1).fill(t("login.failed")), t("login.locked"), t("login.locked")]);
    // Both leave the same trail: one lockout, from the 5th attempt; the 6th did not lock again.
    const lockouts = (actorEmail: string) => db.auditEvent.count({ where: { action: "auth.lockout", actorEmail } });
    expect([await lockouts("lead@wallet.bank"), await lockouts("no.such.person@wallet.bank")]).toEqual([1, 1]);
  });
});

describe("a failed sign-in's audit row", () => {
  it("keeps a staff-shaped email as typed, but nothing of a password pasted into the email field", async () => {
    const before = (await failedRows()).length;
    await signIn("ghost@wallet.bank", "whatever");
    // Email-shaped, so the form lets it through, but at nobody's staff domain: it is someone's password.
    await signIn("Summer2026-Secret@gmail.com", "whatever");
    // Not an email at all (the form refuses it, but the flow must not rely on that).
    await expect(startSignIn(db, "Tr0ub4dor&3 horse", "whatever", { ip: "192.0.2.10", userAgent: "test" }, false)).rejects.toThrow();

    const rows = (await failedRows()).slice(before);
    expect(rows.map((row) => row.actorEmail)).toEqual(["ghost@wallet.bank", "***@gmail.com", "[not an email]"]);
    const everything = await db.$queryRaw<{ text: string }[]>`SELECT row_to_json(a)::text AS text FROM audit_event a`;
    for (const { text } of everything) {
      expect(text).not.toContain("Summer2026-Secret");
      expect(text).not.toContain("Tr0ub4dor");
    }
  });
});

describe("temporary passwords", () => {
  it("work on the first day, are refused with their own message after 24 hours unused, show as expired to the administrator, and a reset issues a working one", async () => {
    const created = await createStaff("temp.expiry@wallet.bank");
    const fresh = await signIn("temp.expiry@wallet.bank", created.temporaryPassword);
    expect(fresh).toMatchObject({ ok: true, data: { stage: "CHANGE_PASSWORD" } });
    expect((await getStaffDetail(created.id, new Date(), db))?.temporaryPasswordExpired).toBe(false);

    await db.staffUser.update({ where: { id: created.id }, data: { passwordChangedAt: new Date(Date.now() - 25 * 3_600_000) } });
    const expired = await signIn("temp.expiry@wallet.bank", created.temporaryPassword);
    expect(expired).toMatchObject({ ok: false, message: t("login.temporaryPasswordExpired") });
    expect(message(expired)).not.toBe(t("login.failed"));
    // A wrong password is still only "wrong": the expiry is told to nobody who does not hold the password.
    expect(message(await signIn("temp.expiry@wallet.bank", "not-the-password"))).toBe(t("login.failed"));
    expect((await db.auditEvent.findFirst({ where: { entityId: created.id, reason: "temporary-password-expired" } }))?.outcome).toBe("FAILURE");

    const detail = await getStaffDetail(created.id, new Date(), db);
    expect(detail).toMatchObject({ mustChangePassword: true, temporaryPasswordExpired: true });

    const reset = await runAsStaff(admin, () => resetStaffPasswordAction({ staffId: created.id, updatedAt: detail!.updatedAt.toISOString(), reason: "临时密码过期，重新发放" }));
    if (!reset.ok) throw new Error(reset.message);
    expect(await signIn("temp.expiry@wallet.bank", reset.data.temporaryPassword)).toMatchObject({ ok: true, data: { stage: "CHANGE_PASSWORD" } });
    expect((await getStaffDetail(created.id, new Date(), db))?.temporaryPasswordExpired).toBe(false);
  });
});

describe("dormant accounts", () => {
  it(`are disabled after ${DORMANT_DAYS} days without a sign-in, audited with the reason, once; re-enabled ones are left alone until their owner could sign in`, async () => {
    const now = new Date();
    const ago = (days: number) => new Date(now.getTime() - days * DAY);
    const unused = await createStaff("never.used@wallet.bank");
    const idle = await createStaff("long.idle@wallet.bank");
    const recent = await createStaff("recent.user@wallet.bank");
    const newcomer = await createStaff("newcomer@wallet.bank");
    await db.staffUser.update({ where: { id: unused.id }, data: { createdAt: ago(DORMANT_DAYS + 1) } });
    await db.staffUser.update({ where: { id: idle.id }, data: { createdAt: ago(400), lastSignInAt: ago(DORMANT_DAYS + 5) } });
    await db.staffUser.update({ where: { id: recent.id }, data: { createdAt: ago(400), lastSignInAt: ago(DORMANT_DAYS - 1) } });
    await db.staffUser.update({ where: { id: newcomer.id }, data: { createdAt: ago(10) } });

    const run = await disableDormantAccounts(db, now);
    expect(run.disabled.map((account) => account.email).sort()).toEqual(["long.idle@wallet.bank", "never.used@wallet.bank"]);
    const active = async (id: string) => (await db.staffUser.findUniqueOrThrow({ where: { id }, select: { active: true } })).active;
    expect([await active(unused.id), await active(idle.id), await active(recent.id), await active(newcomer.id), await active(admin.id)]).toEqual([false, false, true, true, true]);

    const events = await db.auditEvent.findMany({ where: { action: "staff.deactivate", entityId: { in: [unused.id, idle.id] } } });
    expect(events).toHaveLength(2);
    for (const event of events) {
      expect(event).toMatchObject({ actorId: null, outcome: "SUCCESS" });
      expect(event.reason).toMatch(new RegExp(`^dormant: no sign-in for ${DORMANT_DAYS} days`));
    }
    // A disabled account cannot sign in, and says no more than a wrong password would.
    expect(message(await signIn("long.idle@wallet.bank", idle.temporaryPassword))).toBe(t("login.failed"));

    // A second run (or a second instance) changes nothing.
    expect((await disableDormantAccounts(db, now)).disabled).toEqual([]);
    expect(await db.auditEvent.count({ where: { action: "staff.deactivate", entityId: { in: [unused.id, idle.id] } } })).toBe(2);

    // An administrator re-enables one, audited; the next runs leave it alone until 90 days after that.
    const version = (await db.staffUser.findUniqueOrThrow({ where: { id: idle.id }, select: { updatedAt: true } })).updatedAt.toISOString();
    const back = await runAsStaff(admin, () => reactivateStaffAction({ staffId: idle.id, updatedAt: version, reason: "休假归来，HR-2026-204" }));
    expect(back.ok).toBe(true);
    expect(await db.auditEvent.count({ where: { action: "staff.reactivate", entityId: idle.id, actorId: admin.id } })).toBe(1);
    expect((await disableDormantAccounts(db, new Date())).disabled).toEqual([]);
    expect((await disableDormantAccounts(db, new Date(Date.now() + (DORMANT_DAYS - 1) * DAY))).disabled.map((a) => a.email)).not.toContain("long.idle@wallet.bank");
    expect(await active(idle.id)).toBe(true);
  });
});

describe("when the dormancy job has disabled every administrator", () => {
  it("someone holding the database re-enables one administrator it disabled, recorded as break-glass; nothing else", async () => {
    const now = new Date();
    // The test before ran the job 89 days ahead, which disabled the demo administrator too: start from an active one.
    await db.staffUser.update({ where: { id: admin.id }, data: { active: true, reactivatedAt: now } });
    const reenable = (email: string) => reenableDormantAdministrator(db, { email, reason: "所有管理员账户因长期未登录被停用", operator: "ops-oncall" }, now);
    // A second administrator, disabled by a person rather than by the job.
    const other = await runAsStaff(admin, () => createStaffAction({ name: "第二管理员", email: "second.admin@wallet.bank", roles: ["ADMIN"] }));
    if (!other.ok) throw new Error(other.message);
    expect(await reenable(admin.email)).toEqual({ ok: false, refusal: "active" });

    await db.staffUser.update({ where: { id: other.data.id }, data: { active: false } });
    await db.staffUser.updateMany({ where: { roles: { has: "ADMIN" }, active: true }, data: { createdAt: new Date(now.getTime() - 400 * DAY), lastSignInAt: new Date(now.getTime() - (DORMANT_DAYS + 10) * DAY), reactivatedAt: null } });
    expect((await disableDormantAccounts(db, now)).disabled.map((a) => a.email)).toContain(admin.email);

    expect(await reenable("nobody@wallet.bank")).toEqual({ ok: false, refusal: "not-found" });
    expect(await reenable("officer@wallet.bank")).toMatchObject({ ok: false });
    expect(await reenable("second.admin@wallet.bank")).toEqual({ ok: false, refusal: "not-dormant" });
    expect(await reenable(admin.email)).toEqual({ ok: true, id: admin.id });

    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "staff.reactivate", entityId: admin.id }, orderBy: { id: "desc" } });
    expect(event).toMatchObject({ actorId: null, actorEmail: "command-line:ops-oncall", reason: "break-glass: 所有管理员账户因长期未登录被停用" });
    // One administrator is enough: the rest is theirs to decide in the console.
    expect(await reenable("second.admin@wallet.bank")).toEqual({ ok: false, refusal: "admin-available" });
    expect((await disableDormantAccounts(db, now)).disabled.map((a) => a.email)).not.toContain(admin.email);
  });
});
