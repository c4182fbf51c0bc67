// Staff administration against the database: each action as the wrapper runs it (gate, parse, one
// transaction with its audit event), called as a chosen staff member.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { runAsStaff } from "@/lib/actions/context";
import { verifyPassword } from "@/lib/auth/password-hash";
import { DEMO_PASSWORD, DEMO_STAFF } from "@/lib/sim/staff";
import {
  changeStaffRolesAction,
  createStaffAction,
  deactivateStaffAction,
  reactivateStaffAction,
  resetStaffPasswordAction,
  resetStaffSecondFactorAction,
  unlockStaffAction,
} from "@/lib/staff/actions";
import { demoSession } from "@/tests/support/staff";
import { freshPopulation, testDb } from "@/tests/support/database";

let db: Db;

const admin = demoSession("staff_admin");

async function row(id: string) {
  return db.staffUser.findUniqueOrThrow({
    where: { id },
    select: { roles: true, active: true, sessionVersion: true, lockedUntil: true, failedAttempts: true, mustChangePassword: true, passwordHash: true, totpSecret: true, totpEnabledAt: true, totpLastStep: true, updatedAt: true },
  });
}
const version = async (id: string) => (await row(id)).updatedAt.toISOString();
const auditCount = () => db.auditEvent.count();
const staffAudit = (action: string, entityId?: string) => db.auditEvent.findMany({ where: { action, ...(entityId ? { entityId } : {}) }, orderBy: { id: "asc" } });

beforeAll(async () => {
  db = testDb();
  await freshPopulation(db, { customers: 20, days: 3 });
});

afterAll(async () => {
  await db.$disconnect();
});

describe("creating a staff member", () => {
  it("writes the user and its audit event together; the temporary password works once and is never recorded", async () => {
    const before = await auditCount();
    const result = await runAsStaff(admin, () => createStaffAction({ name: "  吴新员  ", email: " New.Hire@Wallet.Bank ", roles: ["MARKETING", "AUDITOR"] }));
    if (!result.ok) throw new Error(result.message);
    const { id, temporaryPassword } = result.data;
    expect(temporaryPassword.length).toBeGreaterThanOrEqual(16);

    const created = await db.staffUser.findUniqueOrThrow({ where: { id }, select: { name: true, email: true, roles: true, mustChangePassword: true, passwordHash: true, active: true } });
    expect(created).toMatchObject({ name: "吴新员", email: "new.hire@wallet.bank", mustChangePassword: true, active: true });
    expect(created.roles.sort()).toEqual(["AUDITOR", "MARKETING"]);
    expect(created.passwordHash).not.toContain(temporaryPassword);
    expect(await verifyPassword(created.passwordHash, temporaryPassword)).toBe(true);

    expect(await auditCount()).toBe(before + 1);
    const [event] = await staffAudit("staff.create", id);
    expect(event).toMatchObject({ actorId: admin.id, entityType: "StaffUser", outcome: "SUCCESS" });
    const everything = await db.$queryRaw<{ text: string }[]>`SELECT row_to_json(a)::text AS text FROM audit_event a`;
    for (const { text } of everything) {
      expect(text).not.toContain(temporaryPassword);
      expect(text).not.toContain(created.passwordHash);
    }
  });

  it("refuses an email already in use, whatever its case, and writes nothing", async () => {
    const before = { staff: await db.staffUser.count(), audit: await auditCount() };
    const result = await runAsStaff(admin, () => createStaffAction({ name: "重复", email: "OFFICER@wallet.bank", roles: ["MARKETING"] }));
    expect(result).toMatchObject({ ok: false, error: "invalid", fieldErrors: { email: expect.any(String) } });
    expect({ staff: await db.staffUser.count(), audit: await auditCount() }).toEqual(before);
  });

  it("asks for at least one role and a valid email", async () => {
    const result = await runAsStaff(admin, () => createStaffAction({ name: "无角色", email: "not-an-email", roles: [] }));
    expect(result).toMatchObject({ ok: false, error: "invalid", fieldErrors: { email: expect.any(String), roles: expect.any(String) } });
  });
});

describe("changing roles", () => {
  it("refuses a change of one's own roles and writes nothing", async () => {
    const before = { row: await row(admin.id), audit: await auditCount() };
    const result = await runAsStaff(admin, () =>
      changeStaffRolesAction({ staffId: admin.id, updatedAt: before.row.updatedAt.toISOString(), roles: ["ADMIN", "COMPLIANCE_LEAD"], reason: "自我提权测试" }),
    );
    expect(result).toMatchObject({ ok: false, error: "state" });
    expect(await row(admin.id)).toEqual(before.row);
    expect(await auditCount()).toBe(before.audit);
  });

  it("changes another's roles, ends their sessions and records before and after", async () => {
    const before = await row("staff_auditor");
    const result = await runAsStaff(admin, () =>
      changeStaffRolesAction({ staffId: "staff_auditor", updatedAt: before.updatedAt.toISOString(), roles: ["AUDITOR", "MANAGER"], reason: "工单 IAM-1024 审批通过" }),
    );
    expect(result.ok).toBe(true);
    const after = await row("staff_auditor");
    expect(after.roles.sort()).toEqual(["AUDITOR", "MANAGER"]);
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    const [event] = await staffAudit("staff.change-roles", "staff_auditor");
    expect(event).toMatchObject({ before: { roles: ["AUDITOR"] }, after: { roles: ["MANAGER", "AUDITOR"] }, reason: "工单 IAM-1024 审批通过" });
  });

  it("refuses a stale version with a conflict and writes nothing", async () => {
    const stale = await version("staff_manager");
    // Someone else changes the person first.
    const first = await runAsStaff(admin, () => changeStaffRolesAction({ staffId: "staff_manager", updatedAt: stale, roles: ["MANAGER", "AUDITOR"], reason: "第一位管理员" }));
    expect(first.ok).toBe(true);
    const before = { row: await row("staff_manager"), audit: await auditCount() };
    const second = await runAsStaff(admin, () => deactivateStaffAction({ staffId: "staff_manager", updatedAt: stale, reason: "第二位管理员，基于旧页面" }));
    expect(second).toMatchObject({ ok: false, error: "conflict" });
    expect(await row("staff_manager")).toEqual(before.row);
    expect(await auditCount()).toBe(before.audit);
  });
});

describe("deactivating and reactivating", () => {
  it("deactivation bumps the session version and needs a reason; nobody deactivates themselves", async () => {
    const before = await row("staff_marketing");
    const noReason = await runAsStaff(admin, () => deactivateStaffAction({ staffId: "staff_marketing", updatedAt: before.updatedAt.toISOString(), reason: "  " }));
    expect(noReason).toMatchObject({ ok: false, error: "invalid", fieldErrors: { reason: expect.any(String) } });

    const self = await runAsStaff(admin, async () => deactivateStaffAction({ staffId: admin.id, updatedAt: await version(admin.id), reason: "离职交接测试" }));
    expect(self).toMatchObject({ ok: false, error: "state" });
    expect((await row(admin.id)).active).toBe(true);

    const result = await runAsStaff(admin, () => deactivateStaffAction({ staffId: "staff_marketing", updatedAt: before.updatedAt.toISOString(), reason: "员工离职，HR-2026-118" }));
    expect(result.ok).toBe(true);
    const after = await row("staff_marketing");
    expect(after.active).toBe(false);
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect(await staffAudit("staff.deactivate", "staff_marketing")).toHaveLength(1);

    const again = await runAsStaff(admin, () => deactivateStaffAction({ staffId: "staff_marketing", updatedAt: after.updatedAt.toISOString(), reason: "再次停用该账户" }));
    expect(again).toMatchObject({ ok: false, error: "state" });

    const back = await runAsStaff(admin, () => reactivateStaffAction({ staffId: "staff_marketing", updatedAt: after.updatedAt.toISOString(), reason: "返聘，HR-2026-131" }));
    expect(back.ok).toBe(true);
    expect((await row("staff_marketing")).active).toBe(true);
  });
});

describe("credentials", () => {
  it("unlock clears the lock and the failure count, and says so when there is no lock", async () => {
    await db.staffUser.update({ where: { id: "staff_officer2" }, data: { lockedUntil: new Date(Date.now() + 30 * 60_000), failedAttempts: 3 } });
    const result = await runAsStaff(admin, async () => unlockStaffAction({ staffId: "staff_officer2", updatedAt: await version("staff_officer2"), reason: "本人电话确认，工单 IAM-2001" }));
    expect(result.ok).toBe(true);
    const after = await row("staff_officer2");
    expect(after).toMatchObject({ lockedUntil: null, failedAttempts: 0 });
    const [event] = await staffAudit("staff.unlock", "staff_officer2");
    expect(event?.reason).toBe("本人电话确认，工单 IAM-2001");

    const notLocked = await runAsStaff(admin, async () => unlockStaffAction({ staffId: "staff_officer2", updatedAt: await version("staff_officer2"), reason: "重复解锁请求" }));
    expect(notLocked).toMatchObject({ ok: false, error: "state" });
  });

  it("password reset issues a working temporary password, forces a change, lifts the lock and ends sessions", async () => {
    await db.staffUser.update({ where: { id: "staff_lead" }, data: { lockedUntil: new Date(Date.now() + 30 * 60_000) } });
    const before = await row("staff_lead");
    const result = await runAsStaff(admin, () => resetStaffPasswordAction({ staffId: "staff_lead", updatedAt: before.updatedAt.toISOString(), reason: "本人遗忘密码，工单 IAM-2002" }));
    if (!result.ok) throw new Error(result.message);
    const after = await row("staff_lead");
    expect(after).toMatchObject({ mustChangePassword: true, lockedUntil: null, failedAttempts: 0, sessionVersion: before.sessionVersion + 1 });
    expect(await verifyPassword(after.passwordHash, result.data.temporaryPassword)).toBe(true);
    expect(await verifyPassword(after.passwordHash, DEMO_PASSWORD)).toBe(false);
    const events = await db.$queryRaw<{ text: string }[]>`SELECT row_to_json(a)::text AS text FROM audit_event a WHERE action = 'staff.reset-password'`;
    expect(events).toHaveLength(1);
    expect(events[0]!.text).not.toContain(result.data.temporaryPassword);
  });

  it("second-factor reset clears the authenticator and the recovery codes", async () => {
    await db.staffUser.update({ where: { id: "staff_officer" }, data: { totpSecret: "sealed-secret", totpEnabledAt: new Date(), totpLastStep: 123 } });
    await db.recoveryCode.createMany({ data: [{ staffId: "staff_officer", codeHash: "x" }, { staffId: "staff_officer", codeHash: "y" }] });
    const before = await row("staff_officer");
    const result = await runAsStaff(admin, () => resetStaffSecondFactorAction({ staffId: "staff_officer", updatedAt: before.updatedAt.toISOString(), reason: "手机丢失，工单 IAM-2003" }));
    expect(result.ok).toBe(true);
    expect(await row("staff_officer")).toMatchObject({ totpSecret: null, totpEnabledAt: null, totpLastStep: null, sessionVersion: before.sessionVersion + 1 });
    expect(await db.recoveryCode.count({ where: { staffId: "staff_officer" } })).toBe(0);

    const nothingLeft = await runAsStaff(admin, async () => resetStaffSecondFactorAction({ staffId: "staff_officer", updatedAt: await version("staff_officer"), reason: "重复重置请求" }));
    expect(nothingLeft).toMatchObject({ ok: false, error: "state" });
  });
});

describe("only administrators", () => {
  const others = DEMO_STAFF.filter((s) => !s.roles.includes("ADMIN")).map((s) => demoSession(s.id));

  it.each(others.map((s) => [s.email, s] as const))("%s gets forbidden and changes nothing", async (_role, staff) => {
    const target = await row("staff_officer2");
    const staffCount = await db.staffUser.count();
    const ref = { staffId: "staff_officer2", updatedAt: target.updatedAt.toISOString(), reason: "越权尝试测试" };
    const results = await runAsStaff(staff, async () => [
      await createStaffAction({ name: "越权", email: `intruder-${staff.id}@wallet.bank`, roles: ["ADMIN"] }),
      await changeStaffRolesAction({ ...ref, roles: ["ADMIN"] }),
      await deactivateStaffAction(ref),
      await reactivateStaffAction(ref),
      await resetStaffPasswordAction(ref),
      await resetStaffSecondFactorAction(ref),
      await unlockStaffAction(ref),
    ]);
    for (const result of results) expect(result).toMatchObject({ ok: false, error: "forbidden" });
    expect(await row("staff_officer2")).toEqual(target);
    expect(await db.staffUser.count()).toBe(staffCount);
  });

  it("a signed-out caller is unauthenticated", async () => {
    const result = await runAsStaff(null, () => createStaffAction({ name: "匿名", email: "anon@wallet.bank", roles: ["AUDITOR"] }));
    expect(result).toMatchObject({ ok: false, error: "unauthenticated" });
  });
});
