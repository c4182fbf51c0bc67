// Signing in, step by step: password (with lockout and throttling), then a forced change of a temporary
// password, then TOTP enrolment or verification. Each step after the password is bound to a short-lived
// single-use challenge; next-auth issues the session only for a challenge that reached COMPLETE.
import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/db/client";
import type { SignInStage } from "@/lib/generated/prisma/enums";
import { recordAudit, type RequestMeta } from "@/lib/audit/write";
import { ActionError } from "@/lib/actions/errors";
import { decoyPasswordHash, verifyPassword } from "@/lib/auth/password-hash";
import { setStaffPassword } from "@/lib/auth/password-history";
import { open, seal } from "@/lib/auth/secret-box";
import { newTotpSecret, totpQrSvg, totpUri, verifyTotp } from "@/lib/auth/totp";
import { ipIsThrottled, LOCKOUT, LOCKOUT_THRESHOLD, lockedUntil, SIGN_IN_FAILED, unknownEmailLockout } from "@/lib/auth/sign-in/limits";
import { issueRecoveryCodes, useRecoveryCode } from "@/lib/auth/sign-in/recovery-codes";
import { auditedTypedEmail } from "@/lib/auth/sign-in/typed-email";
import { env } from "@/lib/env";
import { temporaryPasswordExpired } from "@/lib/staff/temporary-password";

const CHALLENGE_MINUTES = 10;
const CHALLENGE_ATTEMPTS = 5;

export type SignInStep = { stage: SignInStage; challengeId: string };

/** "expired": the right temporary password, issued more than a day ago (only its holder can learn that). */
export type SignInRefusal = "failed" | "locked" | "throttled" | "expired";

export class SignInRefused extends Error {
  constructor(readonly reason: SignInRefusal) {
    super(reason);
  }
}

export async function startSignIn(db: Db, email: string, password: string, request: RequestMeta, mfaRequired: boolean): Promise<SignInStep> {
  const now = new Date();
  const staff = await db.staffUser.findUnique({
    where: { email },
    select: { id: true, email: true, active: true, passwordHash: true, lockedUntil: true, failedAttempts: true, mustChangePassword: true, passwordChangedAt: true, totpEnabledAt: true },
  });
  // What the failure's audit row keeps of the typed email: an account's own email, or, for nobody's, the
  // typed text only when it is shaped like a staff email (a pasted password is not kept).
  // (Read for known accounts too, so both paths cost the same.)
  const domains = await staffEmailDomains(db);
  const auditedEmail = staff ? staff.email : auditedTypedEmail(email, domains);
  const fail = async (reason: string, staffId: string | null, refusal: SignInRefusal) => {
    await db.$transaction((tx) =>
      recordAudit(tx, { actor: { id: staffId, email: auditedEmail }, action: SIGN_IN_FAILED, entityType: "StaffUser", entityId: staffId, outcome: "FAILURE", reason, request }),
    );
    throw new SignInRefused(refusal);
  };

  if (await ipIsThrottled(db, request.ip, now)) return fail("ip-throttled", null, "throttled");

  // Always verify a hash, so that unknown emails cost the same time as known ones.
  const passwordOk = await verifyPassword(staff?.passwordHash ?? (await decoyPasswordHash()), password);

  if (!staff) {
    // The same steps as a real account's below: a lockout event on the 5th failure, "locked" for 30 minutes.
    const lockout = await unknownEmailLockout(db, auditedEmail, now);
    if (lockout === "locks") {
      await db.$transaction((tx) =>
        recordAudit(tx, { actor: { id: null, email: auditedEmail }, action: LOCKOUT, entityType: "StaffUser", entityId: null, after: { lockedUntil: lockedUntil(now) }, request }),
      );
    }
    return fail(lockout === "locked" ? "locked" : "unknown-email", null, lockout === "open" ? "failed" : "locked");
  }
  if (staff.lockedUntil && staff.lockedUntil > now) return fail("locked", staff.id, "locked");
  if (!passwordOk) {
    const attempts = staff.failedAttempts + 1;
    const locks = attempts >= LOCKOUT_THRESHOLD;
    await db.$transaction(async (tx) => {
      await tx.staffUser.update({ where: { id: staff.id }, data: { failedAttempts: locks ? 0 : attempts, lockedUntil: locks ? lockedUntil(now) : undefined } });
      if (locks) {
        await recordAudit(tx, { actor: { id: staff.id, email }, action: LOCKOUT, entityType: "StaffUser", entityId: staff.id, after: { lockedUntil: lockedUntil(now) }, request });
      }
    });
    return fail("wrong-password", staff.id, locks ? "locked" : "failed");
  }
  if (!staff.active) return fail("deactivated", staff.id, "failed");
  if (temporaryPasswordExpired(staff, now)) return fail("temporary-password-expired", staff.id, "expired");

  const stage: SignInStage = staff.mustChangePassword ? "CHANGE_PASSWORD" : secondFactorStage(staff.totpEnabledAt !== null, mfaRequired);
  const challengeId = randomBytes(32).toString("base64url");
  await db.$transaction(async (tx) => {
    await tx.staffUser.update({ where: { id: staff.id }, data: { failedAttempts: 0, lockedUntil: null } });
    await tx.signInChallenge.create({
      data: { id: challengeId, staffId: staff.id, stage, ip: request.ip, userAgent: request.userAgent, expiresAt: new Date(now.getTime() + CHALLENGE_MINUTES * 60_000) },
    });
  });
  return { stage, challengeId };
}

/** The staff domain (STAFF_EMAIL_DOMAIN), or else every domain the staff's emails have: a few hundred rows. */
async function staffEmailDomains(db: Db): Promise<string[]> {
  if (env.STAFF_EMAIL_DOMAIN) return [env.STAFF_EMAIL_DOMAIN];
  const rows = await db.staffUser.findMany({ select: { email: true } });
  return [...new Set(rows.map((row) => row.email.slice(row.email.lastIndexOf("@") + 1).toLowerCase()))];
}

function secondFactorStage(enrolled: boolean, mfaRequired: boolean): SignInStage {
  if (enrolled) return "VERIFY_TOTP";
  return mfaRequired ? "ENROL_TOTP" : "COMPLETE";
}

async function openChallenge(db: Db, challengeId: string, stage: SignInStage) {
  const challenge = await db.signInChallenge.findUnique({
    where: { id: challengeId },
    include: { staff: { select: { id: true, email: true, name: true, roles: true, active: true, lockedUntil: true, totpSecret: true, totpEnabledAt: true, totpLastStep: true, sessionVersion: true, failedAttempts: true } } },
  });
  const now = new Date();
  if (!challenge || challenge.consumedAt || challenge.expiresAt < now || challenge.attempts >= CHALLENGE_ATTEMPTS || challenge.stage !== stage) {
    throw new ActionError("state", "login.challengeExpired");
  }
  if (!challenge.staff.active || (challenge.staff.lockedUntil && challenge.staff.lockedUntil > now)) throw new SignInRefused("locked");
  return challenge;
}

export async function changeTemporaryPassword(db: Db, challengeId: string, newPassword: string, request: RequestMeta, mfaRequired: boolean): Promise<SignInStep> {
  const challenge = await openChallenge(db, challengeId, "CHANGE_PASSWORD");
  const next = secondFactorStage(challenge.staff.totpEnabledAt !== null, mfaRequired);
  await db.$transaction(async (tx) => {
    await setStaffPassword(tx, challenge.staffId, newPassword, { temporary: false, field: "newPassword" });
    await tx.signInChallenge.update({ where: { id: challengeId }, data: { stage: next } });
    await recordAudit(tx, { actor: challenge.staff, action: "auth.password-changed", entityType: "StaffUser", entityId: challenge.staffId, reason: "temporary password replaced at sign-in", request });
  });
  return { stage: next, challengeId };
}

export interface Enrolment {
  secret: string;
  uri: string;
  qrSvg: string;
}

export async function beginEnrolment(db: Db, challengeId: string): Promise<Enrolment> {
  const challenge = await openChallenge(db, challengeId, "ENROL_TOTP");
  let secret = challenge.pendingSecret ? open(challenge.pendingSecret) : null;
  if (!secret) {
    secret = newTotpSecret();
    await db.signInChallenge.update({ where: { id: challengeId }, data: { pendingSecret: seal(secret) } });
  }
  const uri = totpUri(challenge.staff.email, secret);
  return { secret, uri, qrSvg: await totpQrSvg(uri) };
}

export async function confirmEnrolment(db: Db, challengeId: string, code: string, request: RequestMeta): Promise<{ recoveryCodes: string[] }> {
  const challenge = await openChallenge(db, challengeId, "ENROL_TOTP");
  if (!challenge.pendingSecret) throw new ActionError("state", "login.challengeExpired");
  const step = await verifyTotp(open(challenge.pendingSecret), code, null);
  if (step === null) {
    await db.signInChallenge.update({ where: { id: challengeId }, data: { attempts: { increment: 1 } } });
    throw new ActionError("invalid", "login.codeWrong", {}, { code: "login.codeWrong" });
  }
  return db.$transaction(async (tx) => {
    await tx.staffUser.update({ where: { id: challenge.staffId }, data: { totpSecret: challenge.pendingSecret, totpEnabledAt: new Date(), totpLastStep: step } });
    const recoveryCodes = await issueRecoveryCodes(tx, challenge.staffId);
    await tx.signInChallenge.update({ where: { id: challengeId }, data: { stage: "COMPLETE", pendingSecret: null } });
    await recordAudit(tx, { actor: challenge.staff, action: "auth.mfa-enrolled", entityType: "StaffUser", entityId: challenge.staffId, request });
    return { recoveryCodes };
  });
}

export async function verifySecondFactor(db: Db, challengeId: string, code: string, request: RequestMeta): Promise<SignInStep> {
  const challenge = await openChallenge(db, challengeId, "VERIFY_TOTP");
  const staff = challenge.staff;
  const isTotp = /^\d{6}$/.test(code.trim());
  const step = isTotp && staff.totpSecret ? await verifyTotp(open(staff.totpSecret), code.trim(), staff.totpLastStep) : null;
  const ok = await db.$transaction(async (tx) => {
    if (step !== null) {
      // Conditional update: two requests with the same code cannot both win.
      const taken = await tx.staffUser.updateMany({
        where: { id: staff.id, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
        data: { totpLastStep: step, failedAttempts: 0 },
      });
      return taken.count === 1;
    }
    if (!isTotp && (await useRecoveryCode(tx, staff.id, code))) {
      await recordAudit(tx, { actor: staff, action: "auth.recovery-code-used", entityType: "StaffUser", entityId: staff.id, request });
      return true;
    }
    return false;
  });
  if (!ok) {
    const attempts = staff.failedAttempts + 1;
    const locks = attempts >= LOCKOUT_THRESHOLD;
    await db.$transaction(async (tx) => {
      await tx.signInChallenge.update({ where: { id: challengeId }, data: { attempts: { increment: 1 } } });
      await tx.staffUser.update({ where: { id: staff.id }, data: { failedAttempts: locks ? 0 : attempts, lockedUntil: locks ? lockedUntil(new Date()) : undefined } });
      await recordAudit(tx, { actor: staff, action: SIGN_IN_FAILED, entityType: "StaffUser", entityId: staff.id, outcome: "FAILURE", reason: "wrong-second-factor", request });
      if (locks) await recordAudit(tx, { actor: staff, action: "auth.lockout", entityType: "StaffUser", entityId: staff.id, request });
    });
    if (locks) throw new SignInRefused("locked");
    throw new ActionError("invalid", "login.codeWrong", {}, { code: "login.codeWrong" });
  }
  await db.signInChallenge.update({ where: { id: challengeId }, data: { stage: "COMPLETE" } });
  return { stage: "COMPLETE", challengeId };
}

/** The last step, run by next-auth's authorize: consumes the challenge and records the sign-in. */
export async function completeSignIn(db: Db, challengeId: string, request: RequestMeta) {
  const challenge = await openChallenge(db, challengeId, "COMPLETE");
  const consumed = await db.signInChallenge.updateMany({ where: { id: challengeId, consumedAt: null }, data: { consumedAt: new Date() } });
  if (consumed.count !== 1) throw new ActionError("state", "login.challengeExpired");
  const staff = challenge.staff;
  await db.$transaction(async (tx) => {
    await tx.staffUser.update({ where: { id: staff.id }, data: { lastSignInAt: new Date() } });
    await recordAudit(tx, { actor: staff, action: "auth.sign-in", entityType: "StaffUser", entityId: staff.id, after: { secondFactor: staff.totpEnabledAt !== null }, request });
  });
  return { id: staff.id, email: staff.email, name: staff.name, roles: staff.roles, sessionVersion: staff.sessionVersion };
}
