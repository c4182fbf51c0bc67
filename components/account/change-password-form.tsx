"use client";

import { useRef } from "react";
import { AlertBanner } from "@/components/ui/alert-banner";
import { Button } from "@/components/ui/button";
import { Field, fieldDescribedBy } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { useVersionedAction } from "@/components/ui/use-versioned-action";
import { changeOwnPasswordAction } from "@/lib/account/actions";
import { fill } from "@/lib/i18n/fill";
import { useMessages } from "@/lib/i18n/provider";

function PasswordField({ name, label, autoComplete, error, hint }: { name: string; label: string; autoComplete: string; error?: string; hint?: string }) {
  return (
    <Field label={label} htmlFor={name} error={error} hint={hint}>
      <Input id={name} name={name} type="password" autoComplete={autoComplete} aria-invalid={error ? true : undefined} aria-describedby={fieldDescribedBy(name, error, hint)} />
    </Field>
  );
}

export function ChangePasswordForm() {
  const m = useMessages("account");
  const formRef = useRef<HTMLFormElement>(null);
  const { result, error, pending, run } = useVersionedAction<{ changed: boolean; otherSessionsEnded: number }>();
  const errors = error?.fieldErrors ?? {};

  function onSubmit(data: FormData) {
    const value = (name: string) => String(data.get(name) ?? "");
    run(
      () => changeOwnPasswordAction({ currentPassword: value("currentPassword"), newPassword: value("newPassword"), confirmPassword: value("confirmPassword") }),
      (next) => next.ok && formRef.current?.reset(),
    );
  }

  const message = result?.ok ? (result.data.otherSessionsEnded > 0 ? fill(m.savedOthersEnded, { count: result.data.otherSessionsEnded }) : m.saved) : error?.message;
  return (
    <form
      ref={formRef}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(new FormData(event.currentTarget));
      }}
      noValidate
      className="flex flex-col gap-4"
    >
      {message ? (
        <AlertBanner tone={result?.ok ? "success" : "danger"} testId="change-password-result">
          {message}
        </AlertBanner>
      ) : null}
      <PasswordField name="currentPassword" label={m.currentPassword} autoComplete="current-password" error={errors.currentPassword} />
      <PasswordField name="newPassword" label={m.newPassword} autoComplete="new-password" error={errors.newPassword} hint={m.newPasswordHint} />
      <PasswordField name="confirmPassword" label={m.confirmPassword} autoComplete="new-password" error={errors.confirmPassword} />
      <Button type="submit" variant="primary" loading={pending} className="self-start">
        {m.save}
      </Button>
    </form>
  );
}
