"use client";
// "Next alert": the most severe, oldest unassigned open alert under the officer's filters becomes theirs,
// and its investigation opens.
import { TakeNextControl } from "@/components/queue/take-next-control";
import { useMessages } from "@/lib/i18n/provider";
import { takeNextAlertAction } from "@/lib/fraud/queue/actions";
import { alertHref, type AlertFilters } from "@/lib/fraud/queue/view";

export function TakeNextAlertButton({ filters }: { filters: AlertFilters }) {
  const m = useMessages("alerts");
  const take = async () => {
    const result = await takeNextAlertAction({ filters });
    return result.ok ? { ok: true as const, href: alertHref(result.data.id) } : result;
  };
  return <TakeNextControl take={take} label={m.takeNext.button} hint={m.takeNext.hint} testId="alert-take-next" />;
}
