"use client";
// The forms behind the decision buttons, each a FormDialog: an approval (with the override's reason code
// and written reason when the checks ask for one), a lead's confirmation, a rejection or a lead's decline
// (reason code + note), and a request for more information (documents + message). Field errors from the
// server are shown beside their field.
import { useId, type ReactNode } from "react";
import type { ButtonVariant } from "@/components/ui/button";
import { Field, fieldDescribedBy } from "@/components/ui/field";
import { FormDialog } from "@/components/ui/form-dialog";
import { ReasonField } from "@/components/ui/reason-field";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { useMessages } from "@/lib/i18n/provider";
import { KYC_OVERRIDE_REASONS, OVERRIDE_REASON_MAX } from "@/lib/kyc/review/decision-policy";
import { KYC_REJECTION_REASONS } from "@/lib/kyc/review/reasons";
import { DECISION_NOTE_MAX, INFO_MESSAGE_MAX, KYC_DOCUMENT_KINDS } from "@/lib/kyc/review/fields";

export interface DecisionDialogProps {
  open: boolean;
  onClose: () => void;
  pending: boolean;
  fieldErrors?: Record<string, string>;
  onSubmit: (form: FormData) => void;
}

/** One code from a fixed list, required. */
function CodeField({ name, label, placeholder, options, error }: { name: string; label: string; placeholder: string; options: readonly (readonly [string, string])[]; error?: string }) {
  const id = `${useId()}-${name}`;
  return (
    <Field label={label} htmlFor={id} error={error} required>
      <Select id={id} name={name} required defaultValue="" aria-invalid={error ? true : undefined} aria-describedby={fieldDescribedBy(id, error)}>
        <option value="" disabled>
          {placeholder}
        </option>
        {options.map(([code, text]) => (
          <option key={code} value={code}>
            {text}
          </option>
        ))}
      </Select>
    </Field>
  );
}

/** Approve: what approving does, and for an override the reason code and the written reason. */
export function ApproveDialog({ title, body, submitLabel, override, ...props }: DecisionDialogProps & { title: string; body: string; submitLabel: string; override: boolean }) {
  const m = useMessages("kycReview");
  const id = useId();
  const errors = props.fieldErrors;
  return (
    <FormDialog {...props} title={title} submitLabel={submitLabel} cancelLabel={m.decision.cancel} testId="kyc-approve-dialog">
      <p className="text-sm text-ink">{body}</p>
      {override ? (
        <>
          <CodeField name="overrideCode" label={m.override.code} placeholder={m.override.codePlaceholder} options={KYC_OVERRIDE_REASONS.map((code) => [code, m.override.codes[code]] as const)} error={errors?.overrideCode} />
          <ReasonField id={`${id}-override-reason`} name="overrideReason" label={m.override.reason} hint={m.override.reasonHint} error={errors?.overrideReason} maxLength={OVERRIDE_REASON_MAX} rows={3} />
        </>
      ) : null}
    </FormDialog>
  );
}

/** A lead's confirmation: nothing to fill in, one Enter confirms. */
export function ConfirmDialog({ title, body, submitLabel, testId, variant, ...props }: DecisionDialogProps & { title: string; body: ReactNode; submitLabel: string; testId: string; variant?: ButtonVariant }) {
  const m = useMessages("kycReview");
  return (
    <FormDialog {...props} title={title} submitLabel={submitLabel} submitVariant={variant} cancelLabel={m.decision.cancel} testId={testId}>
      <div className="text-sm text-ink">{body}</div>
    </FormDialog>
  );
}

/** Reject, or a lead declining a proposed approval: a rejection reason code and an optional note. */
export function ReasonDialog({ title, body, submitLabel, testId, ...props }: DecisionDialogProps & { title: string; body: string; submitLabel: string; testId: string }) {
  const m = useMessages("kycReview");
  const noteId = `${useId()}-note`;
  const noteError = props.fieldErrors?.note;
  return (
    <FormDialog {...props} title={title} description={body} submitLabel={submitLabel} submitVariant="danger" cancelLabel={m.decision.cancel} testId={testId}>
      <CodeField name="reasonCode" label={m.decision.reason} placeholder={m.decision.reasonPlaceholder} options={KYC_REJECTION_REASONS.map((code) => [code, m.reasons[code]] as const)} error={props.fieldErrors?.reasonCode} />
      <Field label={m.decision.note} htmlFor={noteId} hint={m.decision.noteHint} error={noteError}>
        <Textarea id={noteId} name="note" rows={3} maxLength={DECISION_NOTE_MAX} aria-invalid={noteError ? true : undefined} aria-describedby={fieldDescribedBy(noteId, noteError, m.decision.noteHint)} />
      </Field>
    </FormDialog>
  );
}

/** Ask the customer for documents again, with a message they read in the app. */
export function RequestInfoDialog(props: DecisionDialogProps) {
  const m = useMessages("kycReview");
  const id = useId();
  const documentsError = props.fieldErrors?.documents;
  return (
    <FormDialog {...props} title={m.decision.requestInfoTitle} description={m.decision.requestInfoBody} submitLabel={m.decision.confirmRequest} cancelLabel={m.decision.cancel} testId="kyc-request-info-form">
      <fieldset aria-describedby={documentsError ? `${id}-documents-error` : undefined}>
        <legend className="mb-1.5 text-sm font-medium text-ink">
          {m.decision.documents}
          <span aria-hidden className="text-danger-fg">
            *
          </span>
        </legend>
        <div className="grid grid-cols-2 gap-2">
          {KYC_DOCUMENT_KINDS.map((kind, index) => (
            <label key={kind} className="inline-flex items-center gap-2 text-sm text-ink">
              <input type="checkbox" name="documents" value={kind} className="size-4 accent-brand-600" data-autofocus={index === 0 || undefined} />
              {m.documentKinds[kind]}
            </label>
          ))}
        </div>
        {documentsError ? (
          <p id={`${id}-documents-error`} className="mt-1.5 text-xs font-medium text-danger-fg">
            {documentsError}
          </p>
        ) : null}
      </fieldset>
      <ReasonField id={`${id}-message`} name="message" label={m.decision.message} hint={m.decision.messageHint} error={props.fieldErrors?.message} maxLength={INFO_MESSAGE_MAX} rows={3} />
    </FormDialog>
  );
}
