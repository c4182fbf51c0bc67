"use client";
// "Next alert" (button or the n key): the most severe, oldest unassigned open alert under the officer's
// filters becomes theirs, and its investigation opens.
import { useEffect, useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { ArrowRightToLine } from "lucide-react";
import { AlertBanner } from "@/components/ui/alert-banner";
import { Button } from "@/components/ui/button";
import { Kbd } from "@/components/ui/kbd";
import { isShortcut } from "@/components/kyc/queue/keyboard";
import { useMessages } from "@/lib/i18n/provider";
import { takeNextAlertAction } from "@/lib/fraud/queue/actions";
import { alertHref, type AlertFilters } from "@/lib/fraud/queue/view";

export function TakeNextAlertButton({ filters }: { filters: AlertFilters }) {
  const m = useMessages("alerts");
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
        const result = await takeNextAlertAction({ filters });
        if (result.ok) router.push(alertHref(result.data.id));
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
      <Button variant="primary" onClick={take} loading={pending} title={m.takeNext.hint} aria-keyshortcuts="n" data-testid="alert-take-next">
        {pending ? null : <ArrowRightToLine aria-hidden />}
        {m.takeNext.button}
        <Kbd className="ml-1 border-brand-400 bg-brand-700 text-ink-inverse">N</Kbd>
      </Button>
      {error ? (
        <AlertBanner tone="warning" testId="alert-take-next-error" className="max-w-md">
          {error}
        </AlertBanner>
      ) : null}
    </div>
  );
}
