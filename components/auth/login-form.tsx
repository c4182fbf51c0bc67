"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { AlertBanner } from "@/components/ui/alert-banner";
import { Button } from "@/components/ui/button";
import { EnrolStep, PasswordChangeStep, PasswordStep, RecoveryCodesStep, VerifyStep } from "@/components/auth/login-steps";
import type { ActionResult } from "@/lib/actions/result";
import { useMessages } from "@/lib/i18n/provider";

type Step =
  | { kind: "password" }
  | { kind: "CHANGE_PASSWORD" | "ENROL_TOTP" | "VERIFY_TOTP"; challengeId: string }
  | { kind: "RECOVERY_CODES"; challengeId: string; codes: string[] };

/** What every step shares; each step reads its strings from the provider (useMessages("login")). */
export interface StepProps {
  /** Runs an action; on failure shows its message (and field errors) and returns null. */
  submit: <T>(run: () => Promise<ActionResult<T>>) => Promise<T | null>;
  fieldErrors: Record<string, string>;
  pending: boolean;
}

/** Sign-in in steps: password, then whatever the server asks for (new password, TOTP enrolment or code). */
export function LoginForm({ callbackUrl, notice }: { callbackUrl: string; notice: string | null }) {
  const labels = useMessages("login");
  const router = useRouter();
  const [step, setStep] = useState<Step>({ kind: "password" });
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [pending, setPending] = useState(false);

  const submit: StepProps["submit"] = async (run) => {
    setPending(true);
    setError(null);
    setFieldErrors({});
    try {
      const result = await run();
      if (result.ok) return result.data;
      setError(result.message);
      setFieldErrors(result.fieldErrors ?? {});
      return null;
    } catch {
      setError(labels.error);
      return null;
    } finally {
      setPending(false);
    }
  };

  async function advance(next: { stage: string; challengeId: string } | null) {
    if (!next) return;
    if (next.stage !== "COMPLETE") {
      setStep({ kind: next.stage as "CHANGE_PASSWORD" | "ENROL_TOTP" | "VERIFY_TOTP", challengeId: next.challengeId });
      return;
    }
    await complete(next.challengeId);
  }

  async function complete(challengeId: string) {
    setPending(true);
    const result = await signIn("credentials", { challengeId, redirect: false });
    if (result?.ok && !result.error) {
      router.replace(callbackUrl);
      router.refresh();
      return;
    }
    setPending(false);
    setError(labels.challengeExpired);
    setStep({ kind: "password" });
  }

  const common: StepProps = { submit, fieldErrors, pending };
  return (
    <div className="flex flex-col gap-4">
      {notice && !error ? <AlertBanner tone="info">{notice}</AlertBanner> : null}
      {error ? (
        <AlertBanner tone="danger" testId="login-error">
          {error}
        </AlertBanner>
      ) : null}
      {step.kind === "password" ? <PasswordStep {...common} onDone={advance} onMissing={() => setError(labels.missing)} /> : null}
      {step.kind === "CHANGE_PASSWORD" ? <PasswordChangeStep {...common} challengeId={step.challengeId} onDone={advance} /> : null}
      {step.kind === "ENROL_TOTP" ? (
        <EnrolStep {...common} challengeId={step.challengeId} onDone={(codes) => setStep({ kind: "RECOVERY_CODES", challengeId: step.challengeId, codes })} />
      ) : null}
      {step.kind === "RECOVERY_CODES" ? <RecoveryCodesStep {...common} codes={step.codes} onDone={() => complete(step.challengeId)} /> : null}
      {step.kind === "VERIFY_TOTP" ? <VerifyStep {...common} challengeId={step.challengeId} onDone={advance} /> : null}
      {step.kind !== "password" ? (
        <Button variant="ghost" size="sm" className="self-start" onClick={() => (setStep({ kind: "password" }), setError(null))}>
          {labels.startOver}
        </Button>
      ) : null}
    </div>
  );
}
