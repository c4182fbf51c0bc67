"use client";
// Unmasked personal data lives only here, in the browser's memory for this view: never in the page's
// HTML or cache, so a reload shows the masks again.
import { createContext, useContext, useMemo, useState, type ReactNode } from "react";
import { Eye, Lock } from "lucide-react";
import { useMessages } from "@/lib/i18n/provider";
import type { PiiField, PiiSource, RevealedPii } from "@/lib/privacy/reveal-schemas";

interface PiiState {
  revealed: RevealedPii | null;
  setRevealed: (revealed: RevealedPii | null) => void;
}

const PiiContext = createContext<PiiState>({ revealed: null, setRevealed: () => {} });

export function PiiProvider({ children }: { children: ReactNode }) {
  const [revealed, setRevealed] = useState<RevealedPii | null>(null);
  const value = useMemo(() => ({ revealed, setRevealed }), [revealed]);
  return <PiiContext.Provider value={value}>{children}</PiiContext.Provider>;
}

export function usePii(): PiiState {
  return useContext(PiiContext);
}

/** A masked value, replaced by the real one once revealed; the icon and a hidden word (the provider's
 *  "pii" messages) say which it is. */
export function PiiValue({ source, field, masked }: { source: PiiSource; field: PiiField; masked: string }) {
  const m = useMessages("pii");
  const { revealed } = usePii();
  const value = revealed?.[source]?.[field];
  const testId = `pii-${source}-${field}`;
  if (value === undefined) {
    return (
      <span className="inline-flex items-center gap-1 font-mono text-[13px]" data-testid={testId} data-masked="true">
        <span translate="no">{masked}</span>
        <Lock aria-hidden className="size-3 shrink-0 text-ink-disabled" />
        <span className="sr-only">{m.masked}</span>
      </span>
    );
  }
  return (
    <span className="inline-flex items-center gap-1 rounded-sm bg-warning-bg px-1 font-mono text-[13px] text-ink-strong" data-testid={testId} data-masked="false">
      <span translate="no">{value}</span>
      <Eye aria-hidden className="size-3 shrink-0 text-warning-fg" />
      <span className="sr-only">{m.shown}</span>
    </span>
  );
}
