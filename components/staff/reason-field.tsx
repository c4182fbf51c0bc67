import { ReasonField as BaseReasonField } from "@/components/ui/reason-field";
import type { StaffMessages } from "@/components/staff/messages";
import { REASON_MAX } from "@/lib/staff/schemas";

/** Why the administrator does this; it goes into the audit trail with the change. */
export function ReasonField({ id, m, error }: { id: string; m: StaffMessages; error?: string }) {
  return <BaseReasonField id={id} label={m.reason.label} hint={m.reason.hint} error={error} maxLength={REASON_MAX} />;
}
