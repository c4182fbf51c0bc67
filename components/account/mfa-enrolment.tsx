"use client";
// Voluntary second-factor enrolment on the account page, for consoles where it is not required: the key is
// shown as a QR code and as text, a code from the app proves it was saved, and the recovery codes are shown
// once. From the next sign-in on, the sign-in flow asks this person for a code.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { AuthenticatorKey, RecoveryCodeList } from "@/components/account/authenticator-key";
import { AlertBanner } from "@/components/ui/alert-banner";
import { Button } from "@/components/ui/button";
import { Field, fieldDescribedBy } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { useVersionedAction } from "@/components/ui/use-versioned-action";
import { beginOwnEnrolmentAction, confirmOwnEnrolmentAction } from "@/lib/account/actions";
import { useMessages } from "@/lib/i18n/provider";

type Pending = { token: string; secret: string; qrSvg: string };

export function MfaEnrolment() {
  const m = useMessages("account").mfa;
  const router = useRouter();
  const [pendingKey, setPendingKey] = useState<Pending | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const begin = useVersionedAction<Pending>();
  const confirm = useVersionedAction<{ recoveryCodes: string[] }>();
  const error = confirm.error ?? begin.error;

  if (codes) {
    return (
      <div className="flex flex-col gap-3" data-testid="mfa-enrolled">
        <AlertBanner tone="success">{m.doneTitle}</AlertBanner>
        <p className="text-sm text-ink-muted">{m.doneHelp}</p>
        <RecoveryCodeList codes={codes} />
        <Button variant="primary" className="self-start" onClick={() => router.refresh()}>
          {m.doneClose}
        </Button>
      </div>
    );
  }

  if (!pendingKey) {
    return (
      <div className="flex flex-col gap-3" data-testid="mfa-offer">
        <p className="text-sm text-ink-muted">{m.offerHelp}</p>
        {error ? <AlertBanner tone="danger">{error.message}</AlertBanner> : null}
        <Button variant="primary" className="self-start" loading={begin.pending} onClick={() => begin.run(() => beginOwnEnrolmentAction({}), (result) => result.ok && setPendingKey(result.data))}>
          {m.start}
        </Button>
      </div>
    );
  }

  const codeError = confirm.error?.fieldErrors?.code;
  return (
    <form
      noValidate
      className="flex flex-col gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        const code = String(new FormData(event.currentTarget).get("code") ?? "");
        confirm.run(() => confirmOwnEnrolmentAction({ token: pendingKey.token, code }), (result) => result.ok && setCodes(result.data.recoveryCodes));
      }}
    >
      <p className="text-sm text-ink-muted">{m.scanHelp}</p>
      <AuthenticatorKey qrSvg={pendingKey.qrSvg} secret={pendingKey.secret} alt={m.offerTitle} manualLabel={m.manual} />
      {error && !codeError ? <AlertBanner tone="danger">{error.message}</AlertBanner> : null}
      <Field label={m.code} htmlFor="mfa-code" error={codeError}>
        <Input id="mfa-code" name="code" inputMode="numeric" autoComplete="one-time-code" maxLength={6} aria-invalid={codeError ? true : undefined} aria-describedby={fieldDescribedBy("mfa-code", codeError)} />
      </Field>
      <div className="flex gap-2">
        <Button type="submit" variant="primary" loading={confirm.pending}>
          {m.confirm}
        </Button>
        <Button variant="ghost" onClick={() => setPendingKey(null)}>
          {m.cancel}
        </Button>
      </div>
    </form>
  );
}
