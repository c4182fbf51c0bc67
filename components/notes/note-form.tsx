"use client";
// Adding an internal note to a record (a KYC submission, a customer); the result, or the field's error,
// shows beside the form. The area's server action and the record's id field come in as props.
import { useId, useRef, useState, useTransition } from "react";
import { AlertBanner } from "@/components/ui/alert-banner";
import { Button } from "@/components/ui/button";
import { Field, fieldDescribedBy } from "@/components/ui/field";
import { Textarea } from "@/components/ui/textarea";
import type { ActionResult } from "@/lib/actions/result";

export interface NoteFormMessages {
  label: string;
  hint: string;
  submit: string;
  added: string;
}

export function NoteForm({ action, target, maxLength, m, testId, formTestId }: {
  action: (input: unknown) => Promise<ActionResult<unknown>>;
  /** The record the note is on, sent beside the body: `{ submissionId }`, `{ customerId }`. */
  target: Record<string, string>;
  maxLength: number;
  m: NoteFormMessages;
  /** Prefix of the test ids: `${testId}-added`, `${testId}-submit`. */
  testId: string;
  formTestId?: string;
}) {
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);
  const [pending, startTransition] = useTransition();
  const form = useRef<HTMLFormElement>(null);
  const id = `${useId()}-note`;
  const error = result && !result.ok ? (result.fieldErrors?.body ?? result.message) : undefined;
  return (
    <form
      ref={form}
      noValidate
      className="flex flex-col gap-2"
      data-testid={formTestId}
      onSubmit={(event) => {
        event.preventDefault();
        const body = new FormData(event.currentTarget).get("body");
        startTransition(async () => {
          const next = await action({ ...target, body });
          setResult(next);
          if (next.ok) form.current?.reset();
        });
      }}
    >
      {result?.ok ? (
        <AlertBanner tone="success" testId={`${testId}-added`}>
          {m.added}
        </AlertBanner>
      ) : null}
      <Field label={m.label} htmlFor={id} hint={m.hint} error={error}>
        <Textarea
          id={id}
          name="body"
          rows={2}
          maxLength={maxLength}
          aria-invalid={error ? true : undefined}
          aria-describedby={fieldDescribedBy(id, error, m.hint)}
          onChange={() => result?.ok && setResult(null)}
        />
      </Field>
      <div className="flex justify-end">
        <Button type="submit" size="sm" loading={pending} data-testid={`${testId}-submit`}>
          {m.submit}
        </Button>
      </div>
    </form>
  );
}
