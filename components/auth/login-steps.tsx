"use client";

import { useEffect, useState, type FormEvent } from "react";
import { AuthenticatorKey, RecoveryCodeList } from "@/components/account/authenticator-key";
import { Button } from "@/components/ui/button";
import { Field, fieldDescribedBy } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { StepProps } from "@/components/auth/login-form";
import { useMessages } from "@/lib/i18n/provider";
import {
  beginEnrolmentAction,
  changeTemporaryPasswordAction,
  confirmEnrolmentAction,
  startSignInAction,
  verifySecondFactorAction,
} from "@/lib/auth/sign-in/actions";

type Next = (next: { stage: string; challengeId: string } | null) => void;

function formValue(event: FormEvent<HTMLFormElement>, name: string): string {
  return String(new FormData(event.currentTarget).get(name) ?? "");
}

export function PasswordStep({ submit, fieldErrors, pending, onDone, onMissing }: StepProps & { onDone: Next; onMissing: () => void }) {
  const labels = useMessages("login");
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const email = formValue(event, "email").trim();
    const password = formValue(event, "password");
    if (!email || !password) return onMissing();
    onDone(await submit(() => startSignInAction({ email, password })));
  }
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <Field label={labels.email} htmlFor="email" error={fieldErrors.email}>
        <Input id="email" name="email" type="email" autoComplete="username" required autoFocus aria-invalid={fieldErrors.email ? true : undefined} aria-describedby={fieldDescribedBy("email", fieldErrors.email)} />
      </Field>
      <Field label={labels.password} htmlFor="password" error={fieldErrors.password}>
        <Input id="password" name="password" type="password" autoComplete="current-password" required aria-invalid={fieldErrors.password ? true : undefined} />
      </Field>
      <Button type="submit" variant="primary" loading={pending} className="mt-1 w-full">
        {pending ? labels.submitting : labels.submit}
      </Button>
    </form>
  );
}

export function PasswordChangeStep({ submit, fieldErrors, pending, challengeId, onDone }: StepProps & { challengeId: string; onDone: Next }) {
  const labels = useMessages("login");
  const [mismatch, setMismatch] = useState(false);
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const newPassword = formValue(event, "newPassword");
    setMismatch(newPassword !== formValue(event, "confirmPassword"));
    if (newPassword !== formValue(event, "confirmPassword")) return;
    onDone(await submit(() => changeTemporaryPasswordAction({ challengeId, newPassword })));
  }
  const newError = fieldErrors.newPassword;
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <h2 className="text-base font-semibold text-ink">{labels.changePasswordTitle}</h2>
      <p className="text-sm text-ink-muted">{labels.changePasswordHelp}</p>
      <Field label={labels.newPassword} htmlFor="newPassword" error={newError}>
        <Input id="newPassword" name="newPassword" type="password" autoComplete="new-password" autoFocus aria-invalid={newError ? true : undefined} aria-describedby={fieldDescribedBy("newPassword", newError)} />
      </Field>
      <Field label={labels.confirmPassword} htmlFor="confirmPassword" error={mismatch ? labels.passwordsDiffer : undefined}>
        <Input id="confirmPassword" name="confirmPassword" type="password" autoComplete="new-password" aria-invalid={mismatch ? true : undefined} aria-describedby={fieldDescribedBy("confirmPassword", mismatch)} />
      </Field>
      <Button type="submit" variant="primary" loading={pending} className="w-full">
        {labels.savePassword}
      </Button>
    </form>
  );
}

export function EnrolStep({ submit, fieldErrors, pending, challengeId, onDone }: StepProps & { challengeId: string; onDone: (codes: string[]) => void }) {
  const labels = useMessages("login");
  const [enrolment, setEnrolment] = useState<{ secret: string; qrSvg: string } | null>(null);
  useEffect(() => {
    void submit(() => beginEnrolmentAction({ challengeId })).then((result) => result && setEnrolment(result));
    // Runs once per challenge; `submit` is recreated on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [challengeId]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = await submit(() => confirmEnrolmentAction({ challengeId, code: formValue(event, "code").trim() }));
    if (result) onDone(result.recoveryCodes);
  }
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <h2 className="text-base font-semibold text-ink">{labels.enrolTitle}</h2>
      <p className="text-sm text-ink-muted">{labels.enrolHelp}</p>
      {enrolment ? (
        <AuthenticatorKey qrSvg={enrolment.qrSvg} secret={enrolment.secret} alt={labels.enrolTitle} manualLabel={labels.enrolManual} />
      ) : (
        <div className="h-56 animate-pulse rounded-md bg-surface-sunken" aria-busy="true" />
      )}
      <Field label={labels.code} htmlFor="code" error={fieldErrors.code}>
        <Input id="code" name="code" inputMode="numeric" autoComplete="one-time-code" maxLength={6} pattern="\d{6}" aria-invalid={fieldErrors.code ? true : undefined} aria-describedby={fieldDescribedBy("code", fieldErrors.code)} />
      </Field>
      <Button type="submit" variant="primary" loading={pending} disabled={!enrolment} className="w-full">
        {labels.confirmCode}
      </Button>
    </form>
  );
}

export function RecoveryCodesStep({ pending, codes, onDone }: StepProps & { codes: string[]; onDone: () => void }) {
  const labels = useMessages("login");
  return (
    <div className="flex flex-col gap-4">
      <h2 className="text-base font-semibold text-ink">{labels.recoveryTitle}</h2>
      <p className="text-sm text-ink-muted">{labels.recoveryHelp}</p>
      <RecoveryCodeList codes={codes} />
      <Button variant="primary" loading={pending} onClick={onDone} className="w-full" autoFocus>
        {labels.recoveryDone}
      </Button>
    </div>
  );
}

export function VerifyStep({ submit, fieldErrors, pending, challengeId, onDone }: StepProps & { challengeId: string; onDone: Next }) {
  const labels = useMessages("login");
  const [recovery, setRecovery] = useState(false);
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onDone(await submit(() => verifySecondFactorAction({ challengeId, code: formValue(event, "code") })));
  }
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <h2 className="text-base font-semibold text-ink">{labels.verifyTitle}</h2>
      <p className="text-sm text-ink-muted">{recovery ? labels.recoveryHelp : labels.verifyHelp}</p>
      <Field label={recovery ? labels.recoveryCode : labels.code} htmlFor="code" error={fieldErrors.code}>
        <Input
          key={recovery ? "recovery" : "totp"}
          id="code"
          name="code"
          autoFocus
          autoComplete="one-time-code"
          inputMode={recovery ? "text" : "numeric"}
          maxLength={recovery ? 11 : 6}
          aria-invalid={fieldErrors.code ? true : undefined}
          aria-describedby={fieldDescribedBy("code", fieldErrors.code)}
        />
      </Field>
      <Button type="submit" variant="primary" loading={pending} className="w-full">
        {labels.verify}
      </Button>
      <Button variant="ghost" size="sm" className="self-start" onClick={() => setRecovery(!recovery)}>
        {recovery ? labels.useTotp : labels.useRecovery}
      </Button>
    </form>
  );
}
