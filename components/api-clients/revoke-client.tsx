"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormDialog } from "@/components/ui/form-dialog";
import { ReasonField } from "@/components/ui/reason-field";
import { useVersionedAction } from "@/components/ui/use-versioned-action";
import { revokeApiClientAction } from "@/lib/fraud/decisions/actions";
import { REVOKE_REASON_MAX } from "@/lib/fraud/decisions/fields";
import type { ApiClientRevoked } from "@/lib/fraud/decisions/mutations";
import { fill } from "@/lib/i18n/fill";
import { useMessages } from "@/lib/i18n/provider";

/** Revoke one client, with a reason for the audit trail; there is no way back. */
export function RevokeClient({ clientId, name, version }: { clientId: string; name: string; version: number }) {
  const m = useMessages("apiClients");
  const [open, setOpen] = useState(false);
  const { error, pending, run, clear } = useVersionedAction<ApiClientRevoked>(version);
  const reasonError = error?.fieldErrors?.reason;
  const close = () => {
    setOpen(false);
    clear();
  };
  return (
    <>
      <Button size="sm" variant="danger" onClick={() => setOpen(true)} data-testid="api-client-revoke">
        {m.revoke.open}
      </Button>
      <FormDialog
        open={open}
        onClose={close}
        title={fill(m.revoke.title, { name })}
        description={m.revoke.description}
        submitLabel={m.revoke.submit}
        submitVariant="danger"
        cancelLabel={m.revoke.cancel}
        pending={pending}
        error={error && !reasonError ? { message: error.message, tone: error.error === "conflict" || error.error === "state" ? "warning" : "danger" } : null}
        testId="api-client-revoke-form"
        onSubmit={(form) =>
          run(
            () => revokeApiClientAction({ clientId, version, reason: form.get("reason") }),
            (result) => {
              if (result.ok) close();
            },
          )
        }
      >
        <ReasonField id={`revoke-reason-${clientId}`} label={m.revoke.reason} hint={m.revoke.reasonHint} error={reasonError} maxLength={REVOKE_REASON_MAX} />
      </FormDialog>
    </>
  );
}
