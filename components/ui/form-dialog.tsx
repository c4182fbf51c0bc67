"use client";
// A dialog around one form: the fields, a refusal banner for errors that belong to no field, Cancel and a
// submit button. The form is never reset by React, so a refused submission keeps what was typed. It opens
// with focus where the work starts (a field marked data-autofocus, else the first required field, else the
// submit button), never on the corner close button, so a confirmation is one Enter away.
import { useEffect, useId, useRef, type ReactNode } from "react";
import { AlertBanner } from "./alert-banner";
import { Button, type ButtonVariant } from "./button";
import { Dialog } from "./dialog";

export type FormDialogProps = {
  open: boolean;
  onClose: () => void;
  title: ReactNode;
  description?: ReactNode;
  /** The form's fields; each shows its own error. */
  children: ReactNode;
  submitLabel: string;
  cancelLabel: string;
  submitVariant?: ButtonVariant;
  pending: boolean;
  /** A message that belongs to no single field (a conflict, a wrong state). */
  error?: { message: string; tone?: "danger" | "warning"; action?: ReactNode } | null;
  onSubmit: (form: FormData) => void;
  /** data-testid of the form; the submit button gets `${testId}-submit`. */
  testId: string;
  size?: "sm" | "md" | "lg";
};

const FIRST_FIELD = "[data-autofocus], input[required]:not(:disabled), select[required]:not(:disabled), textarea[required]:not(:disabled)";

export function FormDialog({ open, onClose, title, description, children, submitLabel, cancelLabel, submitVariant = "primary", pending, error, onSubmit, testId, size }: FormDialogProps) {
  const formId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  // Runs after Dialog's own effect has called showModal() (a child's effects run first).
  useEffect(() => {
    const form = formRef.current;
    if (!open || !form) return;
    const target = form.querySelector<HTMLElement>(FIRST_FIELD) ?? form.closest("dialog")?.querySelector<HTMLElement>(`button[type="submit"][form="${CSS.escape(formId)}"]`);
    target?.focus();
  }, [open, formId]);
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={title}
      description={description}
      closeLabel={cancelLabel}
      size={size}
      footer={
        <>
          <Button onClick={onClose}>{cancelLabel}</Button>
          <Button type="submit" form={formId} variant={submitVariant} loading={pending} data-testid={`${testId}-submit`}>
            {submitLabel}
          </Button>
        </>
      }
    >
      <form
        ref={formRef}
        id={formId}
        noValidate
        className="flex flex-col gap-4"
        data-testid={testId}
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit(new FormData(event.currentTarget));
        }}
      >
        {error ? (
          <AlertBanner tone={error.tone ?? "danger"} action={error.action} testId={`${testId}-error`}>
            {error.message}
          </AlertBanner>
        ) : null}
        {children}
      </form>
    </Dialog>
  );
}
