"use client";
// The forms behind the decision buttons: a false positive (reason code + note), confirmed fraud (the
// grounds, which are also the wallet freeze's reason) and escalation (a reason). Field errors from the
// server are shown beside their field.
import { useId } from "react";
import { Field, fieldDescribedBy } from "@/components/ui/field";
import { FormDialog } from "@/components/ui/form-dialog";
import { ReasonField } from "@/components/ui/reason-field";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { CONFIRM_NOTE_MAX, ESCALATION_REASON_MAX, FALSE_POSITIVE_REASONS, RESOLUTION_NOTE_MAX } from "@/lib/fraud/cases/fields";
import { useMessages } from "@/lib/i18n/provider";

export interface DialogProps {
  open: boolean;
  onClose: () => void;
  pending: boolean;
  fieldErrors?: Record<string, string>;
  error?: { message: string; tone?: "danger" | "warning" } | null;
  onSubmit: (form: FormData) => void;
}

export function ReasonCodeField({ error, required = true }: { error?: string; required?: boolean }) {
  const m = useMessages("alertCase");
  const id = `${useId()}-reasonCode`;
  return (
    <Field label={m.actions.reasonCode} htmlFor={id} error={error} required={required}>
      <Select id={id} name="reasonCode" required={required} defaultValue="" aria-invalid={error ? true : undefined} aria-describedby={fieldDescribedBy(id, error)} data-testid="alert-reason-code">
        <option value="" disabled>
          {m.actions.reasonCodePlaceholder}
        </option>
        {FALSE_POSITIVE_REASONS.map((code) => (
          <option key={code} value={code}>
            {m.reasons[code]}
          </option>
        ))}
      </Select>
    </Field>
  );
}

export function NoteField({ label, maxLength, error }: { label: string; maxLength: number; error?: string }) {
  const id = `${useId()}-note`;
  return (
    <Field label={label} htmlFor={id} error={error}>
      <Textarea id={id} name="note" rows={3} maxLength={maxLength} aria-invalid={error ? true : undefined} aria-describedby={fieldDescribedBy(id, error)} />
    </Field>
  );
}

export function FalsePositiveDialog(props: DialogProps) {
  const m = useMessages("alertCase").actions;
  return (
    <FormDialog {...props} title={m.falsePositiveTitle} description={m.falsePositiveHelp} submitLabel={m.falsePositive} cancelLabel={m.cancel} testId="alert-false-positive-form">
      <ReasonCodeField error={props.fieldErrors?.reasonCode} />
      <NoteField label={m.note} maxLength={RESOLUTION_NOTE_MAX} error={props.fieldErrors?.note} />
    </FormDialog>
  );
}

export function ConfirmFraudDialog(props: DialogProps) {
  const m = useMessages("alertCase").actions;
  const id = useId();
  return (
    <FormDialog {...props} title={m.confirmTitle} description={m.confirmHelp} submitLabel={m.confirmFraud} submitVariant="danger" cancelLabel={m.cancel} testId="alert-confirm-form">
      <ReasonField id={`${id}-note`} name="note" label={m.confirmNote} error={props.fieldErrors?.note} maxLength={CONFIRM_NOTE_MAX} rows={3} />
    </FormDialog>
  );
}

export function EscalateDialog(props: DialogProps) {
  const m = useMessages("alertCase").actions;
  const id = useId();
  return (
    <FormDialog {...props} title={m.escalateTitle} description={m.escalateHelp} submitLabel={m.escalate} cancelLabel={m.cancel} testId="alert-escalate-form">
      <ReasonField id={`${id}-reason`} name="reason" label={m.escalateReason} error={props.fieldErrors?.reason} maxLength={ESCALATION_REASON_MAX} rows={3} />
    </FormDialog>
  );
}
