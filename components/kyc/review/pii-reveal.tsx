"use client";
// "Reveal personal data": choose the fields, give a reason (audited), see the values for this view only.
// Shared by the KYC review and the customer 360 (entityType says whose record is revealed).
import { useId, useState, useTransition } from "react";
import { Eye, EyeOff } from "lucide-react";
import { AlertBanner } from "@/components/ui/alert-banner";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field, fieldDescribedBy } from "@/components/ui/field";
import { Textarea } from "@/components/ui/textarea";
import { usePii } from "@/components/kyc/review/pii-context";
import type { Messages } from "@/lib/i18n/messages/zh-CN";
import { revealPersonalDataAction } from "@/lib/privacy/reveal-actions";
import { REVEAL_REASON_MAX, type PiiField, type RevealEntityType } from "@/lib/privacy/reveal-schemas";

/** The locale's pii catalogue: the reveal's strings, the same on the KYC review and the customer 360. */
export type PiiMessages = Messages["pii"];

interface Refusal {
  message: string;
  fieldErrors?: Record<string, string>;
}

export function PiiRevealButton({ entityType, entityId, fields, m }: { entityType: RevealEntityType; entityId: string; fields: PiiField[]; m: PiiMessages }) {
  const { revealed, setRevealed } = usePii();
  const [open, setOpen] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [pending, startTransition] = useTransition();
  const formId = useId();
  const reasonId = `${formId}-reason`;

  if (revealed) {
    return (
      <Button size="sm" variant="secondary" onClick={() => setRevealed(null)} data-testid="pii-hide">
        <EyeOff aria-hidden />
        {m.hide}
      </Button>
    );
  }

  const submit = (form: FormData) =>
    startTransition(async () => {
      const result = await revealPersonalDataAction({ entityType, entityId, fields: form.getAll("fields"), reason: form.get("reason") });
      if (result.ok) {
        setRevealed(result.data);
        setRefusal(null);
        setOpen(false);
      } else {
        setRefusal(result);
      }
    });

  const fieldsError = refusal?.fieldErrors?.fields ? m.fieldsRequired : undefined;
  const reasonError = refusal?.fieldErrors?.reason;
  return (
    <>
      <Button size="sm" variant="secondary" onClick={() => setOpen(true)} data-testid="pii-reveal">
        <Eye aria-hidden />
        {m.reveal}
      </Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        title={m.dialogTitle}
        description={m.dialogDescription}
        closeLabel={m.cancel}
        footer={
          <>
            <Button onClick={() => setOpen(false)}>{m.cancel}</Button>
            <Button type="submit" form={formId} variant="primary" loading={pending} data-testid="pii-reveal-submit">
              {m.submit}
            </Button>
          </>
        }
      >
        <form
          id={formId}
          noValidate
          className="flex flex-col gap-4"
          onSubmit={(event) => {
            event.preventDefault();
            submit(new FormData(event.currentTarget));
          }}
        >
          {refusal && !refusal.fieldErrors ? <AlertBanner tone="danger">{refusal.message}</AlertBanner> : null}
          <fieldset aria-describedby={fieldsError ? `${formId}-fields-error` : undefined}>
            <legend className="mb-1.5 text-sm font-medium text-ink">{m.fieldsLegend}</legend>
            <div className="flex flex-wrap gap-x-5 gap-y-2">
              {fields.map((field) => (
                <label key={field} className="inline-flex items-center gap-2 text-sm text-ink">
                  <input type="checkbox" name="fields" value={field} className="size-4 accent-brand-600" />
                  {m.fields[field]}
                </label>
              ))}
            </div>
            {fieldsError ? (
              <p id={`${formId}-fields-error`} className="mt-1.5 text-xs font-medium text-danger-fg">
                {fieldsError}
              </p>
            ) : null}
          </fieldset>
          <Field label={m.reason} htmlFor={reasonId} hint={m.reasonHint[entityType]} error={reasonError} required>
            <Textarea
              id={reasonId}
              name="reason"
              rows={2}
              required
              maxLength={REVEAL_REASON_MAX}
              aria-invalid={reasonError ? true : undefined}
              aria-describedby={fieldDescribedBy(reasonId, reasonError, m.reasonHint[entityType])}
            />
          </Field>
        </form>
      </Dialog>
    </>
  );
}

/** Shown while values are revealed, so nobody forgets the screen shows more than usual. */
export function PiiRevealedBanner({ m }: { m: PiiMessages }) {
  const { revealed } = usePii();
  return revealed ? (
    <AlertBanner tone="warning" testId="pii-revealed">
      {m.revealedBanner}
    </AlertBanner>
  ) : null;
}
