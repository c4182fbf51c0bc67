"use client";

import { ReasonField as BaseReasonField } from "@/components/ui/reason-field";
import { useMessages } from "@/lib/i18n/provider";
import { REASON_MAX } from "@/lib/staff/fields";

/** Why the administrator does this; it goes into the audit trail with the change. */
export function ReasonField({ id, error }: { id: string; error?: string }) {
  const m = useMessages("staff");
  return <BaseReasonField id={id} label={m.reason.label} hint={m.reason.hint} error={error} maxLength={REASON_MAX} />;
}
