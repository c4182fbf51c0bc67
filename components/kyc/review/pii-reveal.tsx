"use client";
// "Reveal personal data": choose the fields, give a reason (audited), see the values for this view only.
// Shared by the KYC review and the customer 360 (entityType says whose record is revealed); both areas
// provide the "pii" messages. Which fields a screen may reveal is lib/privacy/policy.ts's rule.
import { useId, useState, useTransition } from "react";
import { Eye, EyeOff } from "lucide-react";
import { AlertBanner } from "@/components/ui/alert-banner";
import { Button } from "@/components/ui/button";
import { Field, fieldDescribedBy } from "@/components/ui/field";
import { FormDialog } from "@/components/ui/form-dialog";
import { Textarea } from "@/components/ui/textarea";
import { usePii } from "@/components/kyc/review/pii-context";
import { useMessages } from "@/lib/i18n/provider";
import type { Messages } from "@/lib/i18n/messages/zh-CN";
import { revealPersonalDataAction } from "@/lib/privacy/reveal-actions";
import { REVEAL_REASON_MAX, type PiiField, type RevealEntityType } from "@/lib/privacy/reveal-fields";

/** The locale's pii catalogue: the reveal's strings, the same on the KYC review and the customer 360. */
export type PiiMessages = Messages["pii"];

interface Refusal {
  message: string;
  fieldErrors?: Record<string, string>;
}

export function PiiRevealButton({ entityType, entityId, fields }: { entityType: RevealEntityType; entityId: string; fields: PiiField[] }) {
  const m = useMessages("pii");
  const { revealed, setRevealed } = usePii();
  const [open, setOpen] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [pending, startTransition] = useTransition();
  const fieldsErrorId = `${useId()}-fields-error`;
  const reasonId = useId();

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
      <Button size="sm" variant="secondary" onClick={() => setOpen(true)} data-testid="pii-reveal-open">
        <Eye aria-hidden />
        {m.reveal}
      </Button>
      <FormDialog
        open={open}
        onClose={() => setOpen(false)}
        title={m.dialogTitle}
        description={m.dialogDescription}
        submitLabel={m.submit}
        cancelLabel={m.cancel}
        pending={pending}
        error={refusal && !refusal.fieldErrors ? { message: refusal.message } : null}
        onSubmit={submit}
        testId="pii-reveal"
      >
        <fieldset aria-describedby={fieldsError ? fieldsErrorId : undefined}>
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
            <p id={fieldsErrorId} className="mt-1.5 text-xs font-medium text-danger-fg">
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
      </FormDialog>
    </>
  );
}

/** Shown while values are revealed, so nobody forgets the screen shows more than usual. */
export function PiiRevealedBanner() {
  const m = useMessages("pii");
  const { revealed } = usePii();
  return revealed ? (
    <AlertBanner tone="warning" testId="pii-revealed">
      {m.revealedBanner}
    </AlertBanner>
  ) : null;
}
