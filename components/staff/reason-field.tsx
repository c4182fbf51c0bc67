import { Field, fieldDescribedBy } from "@/components/ui/field";
import { Textarea } from "@/components/ui/textarea";
import type { StaffMessages } from "@/components/staff/messages";
import { REASON_MAX } from "@/lib/staff/schemas";

/** Why the administrator does this; it goes into the audit trail with the change. */
export function ReasonField({ id, m, error }: { id: string; m: StaffMessages; error?: string }) {
  return (
    <Field label={m.reason.label} htmlFor={id} hint={m.reason.hint} error={error} required>
      <Textarea
        id={id}
        name="reason"
        rows={2}
        required
        maxLength={REASON_MAX}
        aria-invalid={error ? true : undefined}
        aria-describedby={fieldDescribedBy(id, error, m.reason.hint)}
      />
    </Field>
  );
}
