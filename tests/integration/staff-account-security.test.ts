// A staff member's own security settings from the account page (issue 10 item 12): the password change
// asks for the new password twice, and where a second factor is optional anyone may turn it on, audited,
// after which sign-in asks them for a code.
import { generate } from "otplib";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "@/lib/db/client";
import { beginOwnEnrolmentAction, changeOwnPasswordAction, confirmOwnEnrolmentAction } from "@/lib/account/actions";
import { runAsStaff } from "@/lib/actions/context";
import { verifyPassword } from "@/lib/auth/password-hash";
import { startSignIn } from "@/lib/auth/sign-in/flow";
import { DEFAULT_LOCALE, translator } from "@/lib/i18n/translate";
import { DEMO_PASSWORD } from "@/lib/sim/staff";
import { demoSession } from "@/tests/support/staff";
import { freshPopulation, testDb } from "@/tests/support/database";

// The second factor's keys are sealed under a key derived from the session secret; lib/env reads it once.
vi.hoisted(() => {
  process.env.NEXTAUTH_SECRET ??= "staff-account-security-test-secret-32-chars";
});

let db: Db;
const t = translator(DEFAULT_LOCALE);
const marketing = demoSession("staff_marketing");
const auditor = demoSession("staff_auditor");
const request = { ip: "127.0.0.9", userAgent: "staff-account-security-test" };

beforeAll(async () => {
  db = testDb();
  await freshPopulation(db, { customers: 10, days: 2 });
});

afterAll(async () => {
  await db.$disconnect();
});

async function begin(staff = marketing) {
  const result = await runAsStaff(staff, () => beginOwnEnrolmentAction({}));
  if (!result.ok) throw new Error(result.message);
  return result.data;
}

describe("voluntary second-factor enrolment", () => {
  it("stores nothing until a code from the app proves the key; then turns the factor on, audited, and sign-in asks for a code", async () => {
    expect((await startSignIn(db, marketing.email, DEMO_PASSWORD, request, false)).stage).toBe("COMPLETE");
    const pending = await begin();
    expect(pending.secret).toMatch(/^[A-Z2-7]+$/);
    expect(pending.qrSvg).toContain("<svg");
    expect((await db.staffUser.findUniqueOrThrow({ where: { id: marketing.id }, select: { totpEnabledAt: true } })).totpEnabledAt).toBeNull();

    const wrongCode = (await generate({ secret: pending.secret })) === "000000" ? "111111" : "000000";
    const wrong = await runAsStaff(marketing, () => confirmOwnEnrolmentAction({ token: pending.token, code: wrongCode }));
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) expect(wrong.fieldErrors?.code).toBe(t("account.mfa.codeWrong"));
    expect((await db.staffUser.findUniqueOrThrow({ where: { id: marketing.id }, select: { totpEnabledAt: true } })).totpEnabledAt).toBeNull();

    const before = await db.auditEvent.count({ where: { action: "account.enrol-mfa" } });
    const done = await runAsStaff(marketing, async () => confirmOwnEnrolmentAction({ token: pending.token, code: await generate({ secret: pending.secret }) }));
    if (!done.ok) throw new Error(done.message);
    expect(done.data.recoveryCodes).toHaveLength(10);

    const row = await db.staffUser.findUniqueOrThrow({ where: { id: marketing.id }, select: { totpEnabledAt: true, totpSecret: true, _count: { select: { recoveryCodes: true } } } });
    expect(row.totpEnabledAt).not.toBeNull();
    expect(row.totpSecret).not.toContain(pending.secret);
    expect(row._count.recoveryCodes).toBe(10);

    const events = await db.auditEvent.findMany({ where: { action: "account.enrol-mfa" }, orderBy: { id: "asc" } });
    expect(events).toHaveLength(before + 1);
    expect(events.at(-1)).toMatchObject({ actorId: marketing.id, entityType: "StaffUser", entityId: marketing.id, outcome: "SUCCESS", before: { secondFactor: false }, after: { secondFactor: true, recoveryCodesIssued: 10 } });
    expect(JSON.stringify(events.at(-1), (_key, value) => (typeof value === "bigint" ? value.toString() : value))).not.toContain(pending.secret);

    // Optional for the console, required for this person from now on.
    expect((await startSignIn(db, marketing.email, DEMO_PASSWORD, request, false)).stage).toBe("VERIFY_TOTP");
  });

  it("refuses a second enrolment, and a pending key handed out to someone else", async () => {
    const again = await runAsStaff(marketing, () => beginOwnEnrolmentAction({}));
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.message).toBe(t("account.mfa.alreadyEnrolled"));

    const othersKey = await begin(auditor);
    const stolen = await runAsStaff(marketing, async () => confirmOwnEnrolmentAction({ token: othersKey.token, code: await generate({ secret: othersKey.secret }) }));
    expect(stolen.ok).toBe(false);
    if (!stolen.ok) expect(stolen.message).toBe(t("account.mfa.expired"));
    const forged = await runAsStaff(auditor, () => confirmOwnEnrolmentAction({ token: "not-a-sealed-key", code: "123456" }));
    expect(forged.ok).toBe(false);
    expect((await db.staffUser.findUniqueOrThrow({ where: { id: auditor.id }, select: { totpEnabledAt: true } })).totpEnabledAt).toBeNull();
  });
});

describe("changing one's own password", () => {
  it("needs the new password twice, and says so on the confirmation field when they differ", async () => {
    const result = await runAsStaff(auditor, () => changeOwnPasswordAction({ currentPassword: DEMO_PASSWORD, newPassword: "Brass-lantern-harbour-7", confirmPassword: "Brass-lantern-harbour-8" }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.fieldErrors?.confirmPassword).toBe(t("account.passwordsDiffer"));
    const row = await db.staffUser.findUniqueOrThrow({ where: { id: auditor.id }, select: { passwordHash: true } });
    expect(await verifyPassword(row.passwordHash, DEMO_PASSWORD)).toBe(true);

    const missing = await runAsStaff(auditor, () => changeOwnPasswordAction({ currentPassword: DEMO_PASSWORD, newPassword: "Brass-lantern-harbour-7" }));
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.fieldErrors?.confirmPassword).toBeDefined();
  });
});
