"use server";
// The sign-in steps as server actions. They are public (nobody is signed in yet); each step after the
// password is bound to the challenge the password step issued.
import { z } from "zod";
import { ActionError } from "@/lib/actions/errors";
import { definePublicAction } from "@/lib/actions/define";
import { newPasswordSchema } from "@/lib/auth/password-policy";
import { db } from "@/lib/db";
import { mfaRequired } from "@/lib/env";
import { beginEnrolment, changeTemporaryPassword, confirmEnrolment, SignInRefused, startSignIn, verifySecondFactor } from "@/lib/auth/sign-in/flow";

const REFUSAL_MESSAGE = { failed: "login.failed", locked: "login.locked", throttled: "login.throttled", expired: "login.temporaryPasswordExpired" } as const;

/** Refusals are reported with the same words whether or not the account exists. */
async function refusalsAsErrors<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof SignInRefused) throw new ActionError("forbidden", REFUSAL_MESSAGE[error.reason]);
    throw error;
  }
}

const challengeId = z.string().min(20).max(100);

export const startSignInAction = definePublicAction({
  name: "auth.start",
  schema: z.object({ email: z.string().trim().toLowerCase().email("validation.email").max(254), password: z.string().min(1, "validation.required").max(1024) }),
  run: (input, request) => refusalsAsErrors(() => startSignIn(db, input.email, input.password, request, mfaRequired)),
});

export const changeTemporaryPasswordAction = definePublicAction({
  name: "auth.change-temporary-password",
  schema: z.object({ challengeId, newPassword: newPasswordSchema }),
  run: (input, request) => refusalsAsErrors(() => changeTemporaryPassword(db, input.challengeId, input.newPassword, request, mfaRequired)),
});

export const beginEnrolmentAction = definePublicAction({
  name: "auth.begin-enrolment",
  schema: z.object({ challengeId }),
  run: (input) => refusalsAsErrors(() => beginEnrolment(db, input.challengeId)),
});

export const confirmEnrolmentAction = definePublicAction({
  name: "auth.confirm-enrolment",
  schema: z.object({ challengeId, code: z.string().trim().regex(/^\d{6}$/, "validation.required") }),
  run: (input, request) => refusalsAsErrors(() => confirmEnrolment(db, input.challengeId, input.code, request)),
});

export const verifySecondFactorAction = definePublicAction({
  name: "auth.verify-second-factor",
  schema: z.object({ challengeId, code: z.string().trim().min(6, "validation.required").max(20) }),
  run: (input, request) => refusalsAsErrors(() => verifySecondFactor(db, input.challengeId, input.code, request)),
});
