"use client";
// Adding a note: the text, a button, and what the server said; the list above refreshes on success.
import { useId, useRef } from "react";
import { AlertBanner } from "@/components/ui/alert-banner";
import { Button } from "@/components/ui/button";
import { Field, fieldDescribedBy } from "@/components/ui/field";
import { Textarea } from "@/components/ui/textarea";
import { useVersionedAction } from "@/components/ui/use-versioned-action";
import { addAlertNoteAction } from "@/lib/fraud/cases/actions";
import { NOTE_MAX } from "@/lib/fraud/cases/fields";
import { useMessages } from "@/lib/i18n/provider";

export function AlertNoteForm({ alertId }: { alertId: string }) {
  const m = useMessages("alertCase").notes;
  const { result, pending, run } = useVersionedAction<{ id: string }>();
  const form = useRef<HTMLFormElement>(null);
  const id = `${useId()}-note`;
  const error = result && !result.ok ? (result.fieldErrors?.body ?? result.message) : undefined;
  return (
    <form
      ref={form}
      noValidate
      className="flex flex-col gap-2"
      data-testid="alert-note-form"
      onSubmit={(event) => {
        event.preventDefault();
        const body = new FormData(event.currentTarget).get("body") ?? "";
        run(() => addAlertNoteAction({ alertId, body }), (next) => next.ok && form.current?.reset());
      }}
    >
      <Field label={m.body} htmlFor={id} error={error}>
        <Textarea id={id} name="body" rows={2} maxLength={NOTE_MAX} aria-invalid={error ? true : undefined} aria-describedby={fieldDescribedBy(id, error)} />
      </Field>
      <div className="flex items-center justify-between gap-2">
        {result?.ok ? <AlertBanner tone="success" className="py-1" testId="alert-note-result">{m.added}</AlertBanner> : <span />}
        <Button size="sm" type="submit" loading={pending} data-testid="alert-note-submit">
          {m.add}
        </Button>
      </div>
    </form>
  );
}
