"use client";
// A compliance lead's decision on a submitted version: approve (it goes live at once) or return it to its
// author with a reason. The server refuses the author whatever the buttons show.
import { useId, useState } from "react";
import { useRouter } from "next/navigation";
import { AlertBanner } from "@/components/ui/alert-banner";
import { Button } from "@/components/ui/button";
import { FormDialog } from "@/components/ui/form-dialog";
import { ReasonField } from "@/components/ui/reason-field";
import { useVersionedAction } from "@/components/ui/use-versioned-action";
import { approveRuleVersionAction, rejectRuleVersionAction } from "@/lib/fraud/versions/actions";
import { REJECTION_REASON_MAX } from "@/lib/fraud/versions/fields";
import { fill } from "@/lib/i18n/fill";
import { useMessages } from "@/lib/i18n/provider";

export function ApprovalControls({ versionId, version, rowVersion }: { versionId: string; version: number; rowVersion: number }) {
  const m = useMessages("rules").approval;
  const router = useRouter();
  const id = useId();
  const [rejecting, setRejecting] = useState(false);
  const approve = useVersionedAction<{ version: number }>(rowVersion);
  const reject = useVersionedAction<{ version: number }>(rowVersion);

  const onApprove = () => approve.run(() => approveRuleVersionAction({ versionId, rowVersion }), (r) => r.ok && router.refresh());
  const onReject = (form: FormData) =>
    reject.run(() => rejectRuleVersionAction({ versionId, rowVersion, reason: String(form.get("reason") ?? "") }), (r) => {
      if (r.ok) {
        setRejecting(false);
        router.refresh();
      }
    });

  return (
    <div className="flex flex-col gap-2">
      {approve.error ? <AlertBanner tone="danger" testId="approval-error">{approve.error.message}</AlertBanner> : null}
      {approve.result?.ok ? <AlertBanner tone="success" testId="approval-done">{fill(m.approved, { version })}</AlertBanner> : null}
      {reject.result?.ok ? <AlertBanner tone="success">{fill(m.rejected, { version })}</AlertBanner> : null}
      <div className="flex flex-wrap gap-2">
        <Button variant="primary" onClick={onApprove} loading={approve.pending} data-testid="approve-version">
          {approve.pending ? m.approving : m.approve}
        </Button>
        <Button variant="danger" onClick={() => setRejecting(true)} data-testid="reject-version">
          {m.reject}
        </Button>
      </div>
      <FormDialog
        open={rejecting}
        onClose={() => setRejecting(false)}
        title={m.reject}
        submitLabel={reject.pending ? m.rejecting : m.reject}
        cancelLabel={m.cancel}
        submitVariant="danger"
        pending={reject.pending}
        error={reject.error && !reject.error.fieldErrors ? { message: reject.error.message } : null}
        onSubmit={onReject}
        testId="reject-dialog"
      >
        <ReasonField id={`${id}-reason`} label={m.reason} error={reject.error?.fieldErrors?.reason} maxLength={REJECTION_REASON_MAX} rows={3} />
      </FormDialog>
    </div>
  );
}
