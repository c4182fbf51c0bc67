"use client";

import { useState } from "react";
import { AlertBanner } from "@/components/ui/alert-banner";
import { Button, type ButtonVariant } from "@/components/ui/button";
import { Card, CardBody } from "@/components/ui/card";
import { ActionRefused } from "@/components/staff/action-feedback";
import { fieldErrorText } from "@/components/staff/messages";
import { useMessages } from "@/lib/i18n/provider";
import { ReasonField } from "@/components/staff/reason-field";
import { TemporaryPassword } from "@/components/staff/temporary-password";
import { useVersionedAction } from "@/components/ui/use-versioned-action";
import { deactivateStaffAction, reactivateStaffAction, resetStaffPasswordAction, resetStaffSecondFactorAction, unlockStaffAction } from "@/lib/staff/actions";

export type StaffChangeKind = "unlock" | "resetPassword" | "resetSecondFactor" | "deactivate" | "reactivate";

const ACTIONS = {
  unlock: { action: unlockStaffAction, variant: "primary" },
  resetPassword: { action: resetStaffPasswordAction, variant: "danger" },
  resetSecondFactor: { action: resetStaffSecondFactorAction, variant: "danger" },
  deactivate: { action: deactivateStaffAction, variant: "danger" },
  reactivate: { action: reactivateStaffAction, variant: "primary" },
} satisfies Record<StaffChangeKind, { action: unknown; variant: ButtonVariant }>;

interface Done {
  kind: StaffChangeKind;
  message: string;
  temporaryPassword?: string;
}

/** One administrative change with a reason: unlock, resets, deactivation and reactivation. */
export function StaffChangeCard({
  kind,
  staffId,
  updatedAt,
  note,
  unavailable,
}: {
  kind: StaffChangeKind;
  staffId: string;
  updatedAt: string;
  /** A fact about the current state shown above the form, e.g. until when the account is locked. */
  note?: string;
  /** When set, the change does not apply now and this says why (e.g. "not locked"). */
  unavailable?: string;
}) {
  const m = useMessages("staff");
  const { action, variant } = ACTIONS[kind];
  const text = m[kind];
  const { error, pending, run } = useVersionedAction<unknown>(updatedAt);
  // Kept apart from the last result: the success (and a temporary password) stays when the page refreshes.
  const [done, setDone] = useState<Done | null>(null);
  const testId = `staff-${kind}`;

  return (
    <Card title={text.title} description={text.description} data-testid={testId}>
      <CardBody className="flex flex-col gap-3">
        {done ? (
          <AlertBanner tone="success" testId={`staff-${done.kind}-done`}>
            {done.message}
          </AlertBanner>
        ) : null}
        {done?.temporaryPassword ? <TemporaryPassword password={done.temporaryPassword} /> : null}
        {note ? <p className="text-sm text-ink">{note}</p> : null}
        {unavailable ? (
          <p className="text-sm text-ink-subtle" data-testid={`${testId}-unavailable`}>
            {unavailable}
          </p>
        ) : (
          <form
            key={updatedAt}
            noValidate
            className="flex flex-col gap-3"
            onSubmit={(event) => {
              event.preventDefault();
              const form = new FormData(event.currentTarget);
              setDone(null);
              run(() => action({ staffId, updatedAt, reason: form.get("reason") }), (result) => {
                if (result.ok) setDone({ kind, message: text.success, temporaryPassword: (result.data as { temporaryPassword?: string }).temporaryPassword });
              });
            }}
          >
            <ActionRefused result={error} testId={`${testId}-error`} />
            <ReasonField id={`${kind}-reason`} error={fieldErrorText(m, error?.fieldErrors?.reason)} />
            <div className="flex justify-end">
              <Button type="submit" variant={variant} loading={pending}>
                {text.submit}
              </Button>
            </div>
          </form>
        )}
      </CardBody>
    </Card>
  );
}
