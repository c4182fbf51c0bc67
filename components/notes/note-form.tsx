"use client";
// Adding an internal note to a record (a KYC submission, a customer, a fraud alert); the result, or the
// field's error, shows beside the form. The subject's server action comes in as a prop (a server component
// picks it), with the note's length limit when the subject's area sets its own.
import { useId, useRef, useState, useTransition } from "react";
import { AlertBanner } from "@/components/ui/alert-banner";
import { Button } from "@/components/ui/button";
import { Field, fieldDescribedBy } from "@/components/ui/field";
import { Textarea } from "@/components/ui/textarea";
import type { ActionResult } from "@/lib/actions/result";
import { useMessages } from "@/lib/i18n/provider";
import { NOTE_MAX } from "@/lib/notes/fields";
import { NOTE_FORM_TARGET_FIELD, NOTE_NAMESPACE, type NoteFormSubject } from "@/components/notes/namespace";

export function NoteForm({ subject, subjectId, action, maxLength = NOTE_MAX }: {
  subject: NoteFormSubject;
  subjectId: string;
  action: (input: unknown) => Promise<ActionResult<unknown>>;
  maxLength?: number;
}) {
  const m = useMessages(NOTE_NAMESPACE[subject]).notes;
  const testId = `${subject}-note`;
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
      data-testid={`${testId}-form`}
      onSubmit={(event) => {
        event.preventDefault();
        const body = new FormData(event.currentTarget).get("body");
        startTransition(async () => {
          const next = await action({ [NOTE_FORM_TARGET_FIELD[subject]]: subjectId, body });
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
