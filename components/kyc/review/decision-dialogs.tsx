"use client";
// The forms behind the decision buttons: a plain confirmation, a rejection (reason + note) and a request
// for more information (documents + message). Field errors from the server are shown beside their field.
import { useId, type ReactNode } from "react";
import { Button, type ButtonVariant } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field, fieldDescribedBy } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import type { ReviewMessages } from "@/components/kyc/review/messages";
import { DECISION_NOTE_MAX, INFO_MESSAGE_MAX, KYC_DOCUMENT_KINDS } from "@/lib/kyc/review/schemas";
import { KYC_REJECTION_REASONS } from "@/lib/kyc/review/reasons";

interface DialogBase {
  open: boolean;
  onClose: () => void;
  pending: boolean;
  m: ReviewMessages;
  fieldErrors?: Record<string, string>;
}

export function ConfirmDialog({ open, onClose, pending, m, title, body, confirm, variant = "primary", onConfirm, testId }: DialogBase & { title: string; body: ReactNode; confirm: string; variant?: ButtonVariant; onConfirm: () => void; testId: string }) {
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={title}
      closeLabel={m.decision.cancel}
      footer={
        <>
          <Button onClick={onClose}>{m.decision.cancel}</Button>
          <Button variant={variant} loading={pending} onClick={onConfirm} data-testid={`${testId}-confirm`}>
            {confirm}
          </Button>
        </>
      }
    >
      <div className="flex flex-col gap-3 text-sm text-ink" data-testid={testId}>
        {body}
      </div>
    </Dialog>
  );
}

export function ReasonDialog({ open, onClose, pending, m, fieldErrors, title, body, confirm, onSubmit, testId }: DialogBase & { title: string; body: string; confirm: string; onSubmit: (form: FormData) => void; testId: string }) {
  const formId = useId();
  const reasonId = `${formId}-reason`;
  const noteId = `${formId}-note`;
  const reasonError = fieldErrors?.reasonCode;
  const noteError = fieldErrors?.note;
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={title}
      description={body}
      closeLabel={m.decision.cancel}
      footer={
        <>
          <Button onClick={onClose}>{m.decision.cancel}</Button>
          <Button type="submit" form={formId} variant="danger" loading={pending} data-testid={`${testId}-confirm`}>
            {confirm}
          </Button>
        </>
      }
    >
      <form
        id={formId}
        noValidate
        className="flex flex-col gap-4"
        data-testid={testId}
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit(new FormData(event.currentTarget));
        }}
      >
        <Field label={m.decision.reason} htmlFor={reasonId} error={reasonError} required>
          <Select id={reasonId} name="reasonCode" required defaultValue="" aria-invalid={reasonError ? true : undefined} aria-describedby={fieldDescribedBy(reasonId, reasonError)}>
            <option value="" disabled>
              {m.decision.reasonPlaceholder}
            </option>
            {KYC_REJECTION_REASONS.map((code) => (
              <option key={code} value={code}>
                {m.reasons[code]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={m.decision.note} htmlFor={noteId} hint={m.decision.noteHint} error={noteError}>
          <Textarea id={noteId} name="note" rows={3} maxLength={DECISION_NOTE_MAX} aria-invalid={noteError ? true : undefined} aria-describedby={fieldDescribedBy(noteId, noteError, m.decision.noteHint)} />
        </Field>
      </form>
    </Dialog>
  );
}

export function RequestInfoDialog({ open, onClose, pending, m, fieldErrors, title, onSubmit }: DialogBase & { title: string; onSubmit: (form: FormData) => void }) {
  const formId = useId();
  const messageId = `${formId}-message`;
  const documentsError = fieldErrors?.documents;
  const messageError = fieldErrors?.message;
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={title}
      description={m.decision.requestInfoBody}
      closeLabel={m.decision.cancel}
      footer={
        <>
          <Button onClick={onClose}>{m.decision.cancel}</Button>
          <Button type="submit" form={formId} variant="primary" loading={pending} data-testid="kyc-request-info-confirm">
            {m.decision.confirmRequest}
          </Button>
        </>
      }
    >
      <form
        id={formId}
        noValidate
        className="flex flex-col gap-4"
        data-testid="kyc-request-info-form"
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit(new FormData(event.currentTarget));
        }}
      >
        <fieldset aria-describedby={documentsError ? `${formId}-documents-error` : undefined}>
          <legend className="mb-1.5 text-sm font-medium text-ink">
            {m.decision.documents}
            <span aria-hidden className="text-danger-fg">
              *
            </span>
          </legend>
          <div className="grid grid-cols-2 gap-2">
            {KYC_DOCUMENT_KINDS.map((kind) => (
              <label key={kind} className="inline-flex items-center gap-2 text-sm text-ink">
                <input type="checkbox" name="documents" value={kind} className="size-4 accent-brand-600" />
                {m.documentKinds[kind]}
              </label>
            ))}
          </div>
          {documentsError ? (
            <p id={`${formId}-documents-error`} className="mt-1.5 text-xs font-medium text-danger-fg">
              {documentsError}
            </p>
          ) : null}
        </fieldset>
        <Field label={m.decision.message} htmlFor={messageId} hint={m.decision.messageHint} error={messageError} required>
          <Textarea id={messageId} name="message" rows={3} required maxLength={INFO_MESSAGE_MAX} aria-invalid={messageError ? true : undefined} aria-describedby={fieldDescribedBy(messageId, messageError, m.decision.messageHint)} />
        </Field>
      </form>
    </Dialog>
  );
}
