// A staff member's own account: the password change and voluntary second-factor enrolment, each in one
// transaction with its audit event.
import "server-only";
import { z } from "zod";
import { invalidField, wrongState } from "@/lib/actions/errors";
import type { ActionContext } from "@/lib/actions/context";
import { recordAudit } from "@/lib/audit/write";
import { verifyPassword } from "@/lib/auth/password-hash";
import { setStaffPassword } from "@/lib/auth/password-history";
import { issueRecoveryCodes } from "@/lib/auth/sign-in/recovery-codes";
import { open, seal } from "@/lib/auth/secret-box";
import { endOtherStaffSessions } from "@/lib/auth/sessions/store";
import { newTotpSecret, totpQrSvg, totpUri, verifyTotp } from "@/lib/auth/totp";
import type { Db } from "@/lib/db/client";
import type { ChangeOwnPassword, ConfirmOwnEnrolment } from "@/lib/account/schemas";

export async function changeOwnPassword(db: Db, input: ChangeOwnPassword, { staff, request }: ActionContext, thisSession: string | null): Promise<number> {
  return db.$transaction(async (tx) => {
    const current = await tx.staffUser.findUniqueOrThrow({ where: { id: staff.id }, select: { passwordHash: true } });
    if (!(await verifyPassword(current.passwordHash, input.currentPassword))) throw invalidField("currentPassword", "account.currentWrong");
    await setStaffPassword(tx, staff.id, input.newPassword, { temporary: false, field: "newPassword" });
    // Whoever else holds a session of this account (a forgotten browser, someone who learnt the old
    // password) is out from their next request; the session that made the change carries on.
    const otherSessionsEnded = await endOtherStaffSessions(tx, staff.id, thisSession);
    await recordAudit(tx, { actor: staff, action: "account.change-password", entityType: "StaffUser", entityId: staff.id, after: { otherSessionsEnded }, request });
    return otherSessionsEnded;
  });
}

// The pending key travels to the browser sealed (AES-GCM under the app's key) with its owner and time,
// so nothing is stored until the person proves their app shows the right code, a key cannot be moved
// to another account, and an abandoned enrolment simply expires.
const ENROLMENT_TTL_MS = 10 * 60_000;
const pendingKey = z.object({ staffId: z.string(), secret: z.string(), issuedAt: z.number() });

export interface OwnEnrolment {
  token: string;
  secret: string;
  qrSvg: string;
}

export async function beginOwnEnrolment(db: Db, { staff }: ActionContext, now = Date.now()): Promise<OwnEnrolment> {
  const row = await db.staffUser.findUniqueOrThrow({ where: { id: staff.id }, select: { email: true, totpEnabledAt: true } });
  if (row.totpEnabledAt) throw wrongState("account.mfa.alreadyEnrolled");
  const secret = newTotpSecret();
  const token = seal(JSON.stringify({ staffId: staff.id, secret, issuedAt: now }));
  return { token, secret, qrSvg: await totpQrSvg(totpUri(row.email, secret)) };
}

function openPendingKey(token: string, staffId: string, now: number): string {
  let parsed: z.infer<typeof pendingKey>;
  try {
    parsed = pendingKey.parse(JSON.parse(open(token)));
  } catch {
    throw wrongState("account.mfa.expired");
  }
  if (parsed.staffId !== staffId || now - parsed.issuedAt > ENROLMENT_TTL_MS || parsed.issuedAt > now) throw wrongState("account.mfa.expired");
  return parsed.secret;
}

/** Turns the second factor on: from the next sign-in on, this person is asked for a code. */
export async function confirmOwnEnrolment(db: Db, input: ConfirmOwnEnrolment, { staff, request }: ActionContext, now = Date.now()): Promise<{ recoveryCodes: string[] }> {
  const secret = openPendingKey(input.token, staff.id, now);
  const step = await verifyTotp(secret, input.code, null);
  if (step === null) throw invalidField("code", "account.mfa.codeWrong");
  return db.$transaction(async (tx) => {
    // Only if still not enrolled: two tabs confirming at once must not leave two keys and two code sets.
    const { count } = await tx.staffUser.updateMany({
      where: { id: staff.id, totpEnabledAt: null },
      data: { totpSecret: seal(secret), totpEnabledAt: new Date(now), totpLastStep: step },
    });
    if (count === 0) throw wrongState("account.mfa.alreadyEnrolled");
    const recoveryCodes = await issueRecoveryCodes(tx, staff.id);
    await recordAudit(tx, {
      actor: staff,
      action: "account.enrol-mfa",
      entityType: "StaffUser",
      entityId: staff.id,
      before: { secondFactor: false },
      after: { secondFactor: true, recoveryCodesIssued: recoveryCodes.length },
      request,
    });
    return { recoveryCodes };
  });
}
