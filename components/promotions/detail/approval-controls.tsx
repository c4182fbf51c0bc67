"use client";
// A manager's decision on a submitted version: approve (it becomes the live version) or reject it with a
// reason, back to its author. The server refuses the author whatever the buttons show.
import { useId, useState } from "react";
import { useRouter } from "next/navigation";
import { AlertBanner } from "@/components/ui/alert-banner";
import { Button } from "@/components/ui/button";
import { FormDialog } from "@/components/ui/form-dialog";
import { ReasonField } from "@/components/ui/reason-field";
import { useVersionedAction } from "@/components/ui/use-versioned-action";
import { fill } from "@/lib/i18n/fill";
import { useMessages } from "@/lib/i18n/provider";
import { REJECTION_REASON_MAX } from "@/lib/promotions/fields";
import { approvePromotionVersionAction, rejectPromotionVersionAction } from "@/lib/promotions/lifecycle/actions";
import type { LifecycleResult } from "@/lib/promotions/lifecycle/mutations";

export function ApprovalControls({ versionId, number, rowVersion }: { versionId: string; number: number; rowVersion: number }) {
  const m = useMessages("promotionReview").approval;
  const router = useRouter();
  const id = useId();
  const [rejecting, setRejecting] = useState(false);
  const approve = useVersionedAction<LifecycleResult>(rowVersion);
  const reject = useVersionedAction<LifecycleResult>(rowVersion);

  const onApprove = () => approve.run(() => approvePromotionVersionAction({ versionId, rowVersion }), (r) => r.ok && router.refresh());
  const onReject = (form: FormData) =>
    reject.run(() => rejectPromotionVersionAction({ versionId, rowVersion, reason: String(form.get("reason") ?? "") }), (r) => {
      if (!r.ok) return;
      setRejecting(false);
      router.refresh();
    });

  return (
    <div className="flex flex-col gap-2">
      {approve.error ? <AlertBanner tone="danger" testId="approval-error">{approve.error.message}</AlertBanner> : null}
      {approve.result?.ok ? <AlertBanner tone="success" testId="approval-done">{fill(m.approved, { number })}</AlertBanner> : null}
      {reject.result?.ok ? <AlertBanner tone="success" testId="rejection-done">{fill(m.rejectedDone, { number })}</AlertBanner> : null}
      <p className="text-xs text-ink-muted">{m.approveHint}</p>
      <div className="flex flex-wrap gap-2">
        <Button variant="primary" onClick={onApprove} loading={approve.pending} data-testid="approve-version">
          {approve.pending ? m.approving : fill(m.approve, { number })}
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
