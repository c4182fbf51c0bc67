"use client";
// "Next submission": the oldest unassigned pending submission under the officer's filters becomes theirs,
// and the review opens with the view's filters, so that after a decision its "next" continues this view.
import { TakeNextControl } from "@/components/queue/take-next-control";
import { useMessages } from "@/lib/i18n/provider";
import { takeNextAction } from "@/lib/kyc/queue/actions";
import { reviewHref, type QueueFilters } from "@/lib/kyc/queue/view";

export function TakeNextButton({ filters }: { filters: QueueFilters }) {
  const m = useMessages("kycQueue");
  const take = async () => {
    const result = await takeNextAction({ filters });
    return result.ok ? { ok: true as const, href: reviewHref(result.data.id, filters) } : result;
  };
  return <TakeNextControl take={take} label={m.takeNext.button} hint={m.takeNext.hint} testId="kyc-take-next" />;
}
