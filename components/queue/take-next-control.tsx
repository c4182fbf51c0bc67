"use client";
// "Next" on a work queue (button or the n key): the queue's own action takes the next item under the
// officer's filters and says where to go; a refusal is shown beside the button. The KYC queue and the
// alert queue wrap it with their action and their words.
import { useEffect, useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { ArrowRightToLine } from "lucide-react";
import { AlertBanner } from "@/components/ui/alert-banner";
import { Button } from "@/components/ui/button";
import { Kbd } from "@/components/ui/kbd";
import { isShortcut } from "@/components/queue/keyboard";

export type TakeNextOutcome = { ok: true; href: string } | { ok: false; message: string };

export function TakeNextControl({ take, label, hint, testId }: { take: () => Promise<TakeNextOutcome>; label: string; hint: string; testId: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const busy = useRef(false);

  const run = () => {
    if (busy.current) return;
    busy.current = true;
    setError(null);
    startTransition(async () => {
      try {
        const outcome = await take();
        if (outcome.ok) router.push(outcome.href);
        else setError(outcome.message);
      } finally {
        busy.current = false;
      }
    });
  };
  const runRef = useRef(run);
  useEffect(() => {
    runRef.current = run;
  });

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isShortcut(event, "n")) return;
      event.preventDefault();
      runRef.current();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);

  return (
    <div className="flex flex-col items-end gap-2">
      <Button variant="primary" onClick={run} loading={pending} title={hint} aria-keyshortcuts="n" data-testid={testId}>
        {pending ? null : <ArrowRightToLine aria-hidden />}
        {label}
        <Kbd className="ml-1 border-brand-400 bg-brand-700 text-ink-inverse">N</Kbd>
      </Button>
      {error ? (
        <AlertBanner tone="warning" testId={`${testId}-error`} className="max-w-md">
          {error}
        </AlertBanner>
      ) : null}
    </div>
  );
}
