"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { AlertBanner } from "@/components/ui/alert-banner";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

interface LoginFormProps {
  callbackUrl: string;
  notice: string | null;
  labels: Record<"email" | "password" | "submit" | "submitting" | "failed" | "missing" | "error", string>;
}

export function LoginForm({ callbackUrl, notice, labels }: LoginFormProps) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get("email") ?? "").trim();
    const password = String(form.get("password") ?? "");
    if (!email || !password) {
      setError(labels.missing);
      return;
    }
    setPending(true);
    setError(null);
    try {
      const result = await signIn("credentials", { email, password, redirect: false });
      if (result?.ok && !result.error) {
        router.replace(callbackUrl);
        router.refresh();
        return;
      }
      setError(result?.status === 401 || result?.error === "CredentialsSignin" ? labels.failed : labels.error);
    } catch {
      setError(labels.error);
    }
    setPending(false);
  }

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {notice && !error ? <AlertBanner tone="success">{notice}</AlertBanner> : null}
      {error ? (
        <AlertBanner tone="danger" testId="login-error">
          {error}
        </AlertBanner>
      ) : null}
      <Field label={labels.email} htmlFor="email">
        <Input id="email" name="email" type="email" autoComplete="username" required autoFocus aria-invalid={error ? true : undefined} />
      </Field>
      <Field label={labels.password} htmlFor="password">
        <Input id="password" name="password" type="password" autoComplete="current-password" required aria-invalid={error ? true : undefined} />
      </Field>
      <Button type="submit" variant="primary" loading={pending} className="mt-1 w-full">
        {pending ? labels.submitting : labels.submit}
      </Button>
    </form>
  );
}
