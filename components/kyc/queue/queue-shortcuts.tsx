"use client";
import { Kbd } from "@/components/ui/kbd";
import { useMessages } from "@/lib/i18n/provider";

/** The help line under the table: j/k, Enter and (for those who can take work) n. */
export function QueueShortcuts({ canTake }: { canTake: boolean }) {
  const m = useMessages("kycQueue");
  return (
    <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-ink-subtle" data-testid="kyc-queue-shortcuts">
      <span className="sr-only">{m.keyboard.label}</span>
      <span className="inline-flex items-center gap-1">
        <Kbd>J</Kbd>
        <Kbd>K</Kbd>
        {m.keyboard.move}
      </span>
      <span className="inline-flex items-center gap-1">
        <Kbd>Enter</Kbd>
        {m.keyboard.open}
      </span>
      {canTake ? (
        <span className="inline-flex items-center gap-1">
          <Kbd>N</Kbd>
          {m.keyboard.next}
        </span>
      ) : null}
    </p>
  );
}
