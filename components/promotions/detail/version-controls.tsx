"use client";
// The author's side of a version: submit a draft for approval, or take a pending one back to draft.
import { useRouter } from "next/navigation";
import { AlertBanner } from "@/components/ui/alert-banner";
import { Button } from "@/components/ui/button";
import { useVersionedAction } from "@/components/ui/use-versioned-action";
import { fill } from "@/lib/i18n/fill";
import { useMessages } from "@/lib/i18n/provider";
import { submitPromotionVersionAction, withdrawPromotionVersionAction } from "@/lib/promotions/lifecycle/actions";
import type { LifecycleResult } from "@/lib/promotions/lifecycle/mutations";

export function VersionControls({ versionId, number, rowVersion, canSubmit, canWithdraw }: { versionId: string; number: number; rowVersion: number; canSubmit: boolean; canWithdraw: boolean }) {
  const m = useMessages("promotionReview").change;
  const router = useRouter();
  const submit = useVersionedAction<LifecycleResult>(rowVersion);
  const withdraw = useVersionedAction<LifecycleResult>(rowVersion);
  const refresh = (r: { ok: boolean }) => r.ok && router.refresh();
  const error = submit.error ?? withdraw.error;
  return (
    <div className="flex flex-col gap-2">
      {error ? <AlertBanner tone="danger" testId="version-error">{error.message}</AlertBanner> : null}
      {submit.result?.ok ? <AlertBanner tone="success" testId="version-submitted">{fill(m.submitted, { number })}</AlertBanner> : null}
      {withdraw.result?.ok ? <AlertBanner tone="success" testId="version-withdrawn">{fill(m.withdrawn, { number })}</AlertBanner> : null}
      <div className="flex flex-wrap gap-2">
        {canSubmit ? (
          <Button variant="primary" loading={submit.pending} onClick={() => submit.run(() => submitPromotionVersionAction({ versionId, rowVersion }), refresh)} data-testid="submit-version">
            {submit.pending ? m.submitting : m.submit}
          </Button>
        ) : null}
        {canWithdraw ? (
          <Button loading={withdraw.pending} onClick={() => withdraw.run(() => withdrawPromotionVersionAction({ versionId, rowVersion }), refresh)} data-testid="withdraw-version">
            {withdraw.pending ? m.withdrawing : m.withdraw}
          </Button>
        ) : null}
      </div>
    </div>
  );
}
