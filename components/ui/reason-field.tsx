import { Field, fieldDescribedBy } from "./field";
import { Textarea } from "./textarea";

/** Why someone does what they do: required, and recorded in the audit trail with the change. */
export function ReasonField({ id, label, hint, error, maxLength, name = "reason", rows = 2 }: { id: string; label: string; hint?: string; error?: string; maxLength: number; name?: string; rows?: number }) {
  return (
    <Field label={label} htmlFor={id} hint={hint} error={error} required>
      <Textarea
        id={id}
        name={name}
        rows={rows}
        required
        maxLength={maxLength}
        aria-invalid={error ? true : undefined}
        aria-describedby={fieldDescribedBy(id, error, hint)}
      />
    </Field>
  );
}
