"use client";

import { useId, useRef, useState, useTransition } from "react";
import { AlertBanner } from "@/components/ui/alert-banner";
import { Button } from "@/components/ui/button";
import { Field, fieldDescribedBy } from "@/components/ui/field";
import { Textarea } from "@/components/ui/textarea";
import type { ReviewMessages } from "@/components/kyc/review/messages";
import type { ActionResult } from "@/lib/actions/result";
import { addKycNoteAction } from "@/lib/kyc/note-actions";
import { NOTE_MAX } from "@/lib/kyc/note-schemas";

export function NoteForm({ submissionId, m }: { submissionId: string; m: ReviewMessages }) {
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
      onSubmit={(event) => {
        event.preventDefault();
        const body = new FormData(event.currentTarget).get("body");
        startTransition(async () => {
          const next = await addKycNoteAction({ submissionId, body });
          setResult(next);
          if (next.ok) form.current?.reset();
        });
      }}
    >
      {result?.ok ? (
        <AlertBanner tone="success" testId="kyc-note-added">
          {m.notes.added}
        </AlertBanner>
      ) : null}
      <Field label={m.notes.label} htmlFor={id} hint={m.notes.hint} error={error}>
        <Textarea
          id={id}
          name="body"
          rows={2}
          maxLength={NOTE_MAX}
          aria-invalid={error ? true : undefined}
          aria-describedby={fieldDescribedBy(id, error, m.notes.hint)}
          onChange={() => result?.ok && setResult(null)}
        />
      </Field>
      <div className="flex justify-end">
        <Button type="submit" size="sm" loading={pending} data-testid="kyc-note-submit">
          {m.notes.submit}
        </Button>
      </div>
    </form>
  );
}
