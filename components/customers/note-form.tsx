"use client";
// Adding an internal note; the result (or the field's error) shows beside the form.
import { useId, useRef, useState, useTransition } from "react";
import { AlertBanner } from "@/components/ui/alert-banner";
import { Button } from "@/components/ui/button";
import { Field, fieldDescribedBy } from "@/components/ui/field";
import { Textarea } from "@/components/ui/textarea";
import type { CustomersMessages } from "@/components/customers/messages";
import type { ActionResult } from "@/lib/actions/result";
import { addCustomerNoteAction } from "@/lib/customers/note-actions";
import { CUSTOMER_NOTE_MAX } from "@/lib/customers/note-schemas";

export function CustomerNoteForm({ customerId, m }: { customerId: string; m: CustomersMessages["notes"] }) {
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
      data-testid="customer-note-form"
      onSubmit={(event) => {
        event.preventDefault();
        const body = new FormData(event.currentTarget).get("body");
        startTransition(async () => {
          const next = await addCustomerNoteAction({ customerId, body });
          setResult(next);
          if (next.ok) form.current?.reset();
        });
      }}
    >
      {result?.ok ? (
        <AlertBanner tone="success" testId="customer-note-added">
          {m.added}
        </AlertBanner>
      ) : null}
      <Field label={m.label} htmlFor={id} hint={m.hint} error={error}>
        <Textarea
          id={id}
          name="body"
          rows={2}
          maxLength={CUSTOMER_NOTE_MAX}
          aria-invalid={error ? true : undefined}
          aria-describedby={fieldDescribedBy(id, error, m.hint)}
          onChange={() => result?.ok && setResult(null)}
        />
      </Field>
      <div className="flex justify-end">
        <Button type="submit" size="sm" loading={pending} data-testid="customer-note-submit">
          {m.submit}
        </Button>
      </div>
    </form>
  );
}
