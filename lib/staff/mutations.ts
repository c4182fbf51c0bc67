// Staff administration (PCI DSS 8.2.4-8.2.6, 8.3.5; OWASP ASVS 2.5, 4.1): each operation is one
// transaction that locks the staff row, checks the version the administrator saw (updatedAt), writes the
// change and its audit event. Nobody administers their own account here. Whatever changes who someone is
// or what they may do ends their open sessions (sessionVersion) and any sign-in they have in progress.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db/client";
import { recordAudit, type RequestMeta } from "@/lib/audit/write";
import { conflict, invalidField, notFound, wrongState } from "@/lib/actions/errors";
import { hashPassword } from "@/lib/auth/password-hash";
import { setStaffPassword } from "@/lib/auth/password-history";
import type { StaffSession } from "@/lib/auth/session";
import type { MessageKey } from "@/lib/i18n/translate";
import type { ChangeRoles, CreateStaff, StaffChange } from "@/lib/staff/schemas";
import { generateTemporaryPassword } from "@/lib/staff/temporary-password";

type Tx = Prisma.TransactionClient;

export interface StaffActor {
  staff: StaffSession;
  request: RequestMeta;
}

/** What the form needs after a change: the row's new version, for the next change. */
export interface StaffChanged {
  updatedAt: string;
}

const ENTITY = "StaffUser";

const stateSelect = {
  id: true,
  email: true,
  roles: true,
  active: true,
  lockedUntil: true,
  failedAttempts: true,
  mustChangePassword: true,
  totpEnabledAt: true,
  totpSecret: true,
  sessionVersion: true,
  updatedAt: true,
} satisfies Prisma.StaffUserSelect;

/** The row as the checks need it; the sealed TOTP secret only as "is there one". */
type StaffState = Omit<Prisma.StaffUserGetPayload<{ select: typeof stateSelect }>, "totpSecret"> & { hasTotpSecret: boolean };

/** Locks the row, then refuses self-administration and a version the administrator did not see. */
async function loadForChange(tx: Tx, input: { staffId: string; updatedAt: string }, actor: StaffActor, selfMessage: MessageKey): Promise<StaffState> {
  if (input.staffId === actor.staff.id) throw wrongState(selfMessage);
  await tx.$queryRaw`SELECT id FROM staff_user WHERE id = ${input.staffId} FOR UPDATE`;
  const row = await tx.staffUser.findUnique({ where: { id: input.staffId }, select: stateSelect });
  if (!row) throw notFound("staff.errors.notFound");
  if (row.updatedAt.getTime() !== new Date(input.updatedAt).getTime()) throw conflict("staff.errors.conflict");
  const { totpSecret, ...staff } = row;
  return { ...staff, hasTotpSecret: totpSecret !== null };
}

/** Ends the person's sessions at their next request, and any sign-in they have not finished. */
async function endSessions(tx: Tx, staffId: string, now: Date): Promise<void> {
  await tx.staffUser.update({ where: { id: staffId }, data: { sessionVersion: { increment: 1 } }, select: { id: true } });
  await tx.signInChallenge.updateMany({ where: { staffId, consumedAt: null, expiresAt: { gt: now } }, data: { expiresAt: now } });
}

async function changed(tx: Tx, staffId: string): Promise<StaffChanged> {
  const row = await tx.staffUser.findUniqueOrThrow({ where: { id: staffId }, select: { updatedAt: true } });
  return { updatedAt: row.updatedAt.toISOString() };
}

function audit(tx: Tx, actor: StaffActor, action: string, entityId: string, before: unknown, after: unknown, reason: string | null) {
  return recordAudit(tx, { actor: actor.staff, action, entityType: ENTITY, entityId, before, after, reason, request: actor.request });
}

export interface StaffCreated {
  id: string;
  email: string;
  /** Shown once to the administrator; only its hash is stored. */
  temporaryPassword: string;
}

export async function createStaff(db: Db, input: CreateStaff, actor: StaffActor): Promise<StaffCreated> {
  const temporaryPassword = generateTemporaryPassword();
  const passwordHash = await hashPassword(temporaryPassword);
  return db.$transaction(async (tx) => {
    const taken = await tx.staffUser.findFirst({ where: { email: { equals: input.email, mode: "insensitive" } }, select: { id: true } });
    if (taken) throw invalidField("email", "staff.errors.emailTaken");
    const created = await tx.staffUser
      .create({
        data: { name: input.name, email: input.email, roles: input.roles, passwordHash, mustChangePassword: true, passwordChangedAt: new Date() },
        select: { id: true, name: true, email: true, roles: true, mustChangePassword: true },
      })
      .catch((error: unknown) => {
        // Another administrator created the same email between our check and our insert.
        if ((error as { code?: string }).code === "P2002") throw invalidField("email", "staff.errors.emailTaken");
        throw error;
      });
    await audit(tx, actor, "staff.create", created.id, undefined, created, null);
    return { id: created.id, email: created.email, temporaryPassword };
  });
}

export async function changeStaffRoles(db: Db, input: ChangeRoles, actor: StaffActor): Promise<StaffChanged> {
  return db.$transaction(async (tx) => {
    const staff = await loadForChange(tx, input, actor, "staff.errors.ownRoles");
    if (staff.roles.length === input.roles.length && staff.roles.every((role) => input.roles.includes(role))) throw wrongState("staff.errors.rolesUnchanged");
    await tx.staffUser.update({ where: { id: staff.id }, data: { roles: input.roles }, select: { id: true } });
    await endSessions(tx, staff.id, new Date());
    await audit(tx, actor, "staff.change-roles", staff.id, { roles: staff.roles, sessionVersion: staff.sessionVersion }, { roles: input.roles, sessionVersion: staff.sessionVersion + 1 }, input.reason);
    return changed(tx, staff.id);
  });
}

export async function deactivateStaff(db: Db, input: StaffChange, actor: StaffActor): Promise<StaffChanged> {
  return db.$transaction(async (tx) => {
    const staff = await loadForChange(tx, input, actor, "staff.errors.ownAccount");
    if (!staff.active) throw wrongState("staff.errors.alreadyDeactivated");
    await tx.staffUser.update({ where: { id: staff.id }, data: { active: false }, select: { id: true } });
    await endSessions(tx, staff.id, new Date());
    await audit(tx, actor, "staff.deactivate", staff.id, { active: true, sessionVersion: staff.sessionVersion }, { active: false, sessionVersion: staff.sessionVersion + 1 }, input.reason);
    return changed(tx, staff.id);
  });
}

export async function reactivateStaff(db: Db, input: StaffChange, actor: StaffActor): Promise<StaffChanged> {
  return db.$transaction(async (tx) => {
    const staff = await loadForChange(tx, input, actor, "staff.errors.ownAccount");
    if (staff.active) throw wrongState("staff.errors.alreadyActive");
    // reactivatedAt restarts the dormancy clock (lib/staff/dormant.ts): the next run must leave the account
    // alone until its owner has had the chance to sign in.
    const now = new Date();
    await tx.staffUser.update({ where: { id: staff.id }, data: { active: true, reactivatedAt: now }, select: { id: true } });
    await audit(tx, actor, "staff.reactivate", staff.id, { active: false }, { active: true, reactivatedAt: now }, input.reason);
    return changed(tx, staff.id);
  });
}

export interface PasswordReset extends StaffChanged {
  /** Shown once to the administrator; only its hash is stored. */
  temporaryPassword: string;
}

export async function resetStaffPassword(db: Db, input: StaffChange, actor: StaffActor): Promise<PasswordReset> {
  const temporaryPassword = generateTemporaryPassword();
  return db.$transaction(async (tx) => {
    const staff = await loadForChange(tx, input, actor, "staff.errors.ownAccount");
    // Through the password history, so the person cannot later "change" back to the password being reset.
    await setStaffPassword(tx, staff.id, temporaryPassword, { temporary: true, field: "reason" });
    await tx.staffUser.update({ where: { id: staff.id }, data: { lockedUntil: null, failedAttempts: 0 }, select: { id: true } });
    await endSessions(tx, staff.id, new Date());
    await audit(
      tx,
      actor,
      "staff.reset-password",
      staff.id,
      { mustChangePassword: staff.mustChangePassword, lockedUntil: staff.lockedUntil, failedAttempts: staff.failedAttempts, sessionVersion: staff.sessionVersion },
      { mustChangePassword: true, lockedUntil: null, failedAttempts: 0, sessionVersion: staff.sessionVersion + 1 },
      input.reason,
    );
    return { ...(await changed(tx, staff.id)), temporaryPassword };
  });
}

export async function resetStaffSecondFactor(db: Db, input: StaffChange, actor: StaffActor): Promise<StaffChanged> {
  return db.$transaction(async (tx) => {
    const staff = await loadForChange(tx, input, actor, "staff.errors.ownAccount");
    if (!staff.totpEnabledAt && !staff.hasTotpSecret) throw wrongState("staff.resetSecondFactor.notEnrolled");
    await tx.staffUser.update({ where: { id: staff.id }, data: { totpSecret: null, totpEnabledAt: null, totpLastStep: null }, select: { id: true } });
    const codes = await tx.recoveryCode.deleteMany({ where: { staffId: staff.id } });
    await endSessions(tx, staff.id, new Date());
    await audit(
      tx,
      actor,
      "staff.reset-mfa",
      staff.id,
      { secondFactor: staff.totpEnabledAt !== null, recoveryCodeCount: codes.count, sessionVersion: staff.sessionVersion },
      { secondFactor: false, recoveryCodeCount: 0, sessionVersion: staff.sessionVersion + 1 },
      input.reason,
    );
    return changed(tx, staff.id);
  });
}

export async function unlockStaff(db: Db, input: StaffChange, actor: StaffActor): Promise<StaffChanged> {
  return db.$transaction(async (tx) => {
    const staff = await loadForChange(tx, input, actor, "staff.errors.ownAccount");
    if (!staff.lockedUntil || staff.lockedUntil <= new Date()) throw wrongState("staff.errors.notLocked");
    await tx.staffUser.update({ where: { id: staff.id }, data: { lockedUntil: null, failedAttempts: 0 }, select: { id: true } });
    await audit(tx, actor, "staff.unlock", staff.id, { lockedUntil: staff.lockedUntil, failedAttempts: staff.failedAttempts }, { lockedUntil: null, failedAttempts: 0 }, input.reason);
    return changed(tx, staff.id);
  });
}
