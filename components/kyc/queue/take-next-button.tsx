"use client";
// "Next submission" (button or the n key): the oldest unassigned pending submission under the officer's
// filters becomes theirs, and the review opens.
import { useEffect, useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { ArrowRightToLine } from "lucide-react";
import { AlertBanner } from "@/components/ui/alert-banner";
import { Button } from "@/components/ui/button";
import { Kbd } from "@/components/ui/kbd";
import { isShortcut } from "@/components/kyc/queue/keyboard";
import { useMessages } from "@/lib/i18n/provider";
import { takeNextAction } from "@/lib/kyc/queue/actions";
import { reviewHref, type QueueFilters } from "@/lib/kyc/queue/view";

export function TakeNextButton({ filters }: { filters: QueueFilters }) {
  const m = useMessages("kycQueue");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const busy = useRef(false);

  const take = () => {
    if (busy.current) return;
    busy.current = true;
    setError(null);
    startTransition(async () => {
      try {
        const result = await takeNextAction({ filters });
        // The workspace keeps the view's filters, so that after a decision its "next" continues this view.
        if (result.ok) router.push(reviewHref(result.data.id, filters));
        else setError(result.message);
      } finally {
        busy.current = false;
      }
    });
  };
  const takeRef = useRef(take);
  useEffect(() => {
    takeRef.current = take;
  });

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isShortcut(event, "n")) return;
      event.preventDefault();
      takeRef.current();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);

  return (
    <div className="flex flex-col items-end gap-2">
      <Button variant="primary" onClick={take} loading={pending} title={m.takeNext.hint} aria-keyshortcuts="n" data-testid="kyc-take-next">
        {pending ? null : <ArrowRightToLine aria-hidden />}
        {m.takeNext.button}
        <Kbd className="ml-1 border-brand-400 bg-brand-700 text-ink-inverse">N</Kbd>
      </Button>
      {error ? (
        <AlertBanner tone="warning" testId="kyc-take-next-error" className="max-w-md">
          {error}
        </AlertBanner>
      ) : null}
    </div>
  );
}
