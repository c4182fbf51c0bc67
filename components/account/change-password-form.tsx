"use client";

import { useState, type FormEvent } from "react";
import { AlertBanner } from "@/components/ui/alert-banner";
import { Button } from "@/components/ui/button";
import { Field, fieldDescribedBy } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { changeOwnPasswordAction } from "@/lib/account/actions";
import type { Messages } from "@/lib/i18n/messages/zh-CN";
import { fill } from "@/lib/i18n/translate";

export function ChangePasswordForm({ labels }: { labels: Messages["account"] }) {
  const [state, setState] = useState<{ message?: string; ok?: boolean; fieldErrors?: Record<string, string> }>({});
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    setPending(true);
    const result = await changeOwnPasswordAction({ currentPassword: String(data.get("currentPassword") ?? ""), newPassword: String(data.get("newPassword") ?? "") });
    setPending(false);
    if (result.ok) {
      form.reset();
      const ended = result.data.otherSessionsEnded;
      setState({ ok: true, message: ended > 0 ? fill(labels.savedOthersEnded, { count: ended }) : labels.saved });
    } else setState({ ok: false, message: result.message, fieldErrors: result.fieldErrors });
  }

  const errors = state.fieldErrors ?? {};
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {state.message ? (
        <AlertBanner tone={state.ok ? "success" : "danger"} testId="change-password-result">
          {state.message}
        </AlertBanner>
      ) : null}
      <Field label={labels.currentPassword} htmlFor="currentPassword" error={errors.currentPassword}>
        <Input id="currentPassword" name="currentPassword" type="password" autoComplete="current-password" aria-invalid={errors.currentPassword ? true : undefined} aria-describedby={fieldDescribedBy("currentPassword", errors.currentPassword)} />
      </Field>
      <Field label={labels.newPassword} htmlFor="newPassword" error={errors.newPassword} hint={labels.newPasswordHint}>
        <Input id="newPassword" name="newPassword" type="password" autoComplete="new-password" aria-invalid={errors.newPassword ? true : undefined} aria-describedby={fieldDescribedBy("newPassword", errors.newPassword, labels.newPasswordHint)} />
      </Field>
      <Button type="submit" variant="primary" loading={pending} className="self-start">
        {labels.save}
      </Button>
    </form>
  );
}
