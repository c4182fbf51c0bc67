"use client";

import { Check, Copy, KeyRound } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useMessages } from "@/lib/i18n/provider";

/**
 * A temporary password, shown this once: it lives only in this component's state, so leaving or
 * reloading the page loses it for good (the server keeps only its hash).
 */
export function TemporaryPassword({ password }: { password: string }) {
  const m = useMessages("staff");
  const [copied, setCopied] = useState(false);
  async function copy() {
    try {
      await navigator.clipboard.writeText(password);
      setCopied(true);
      setTimeout(() => setCopied(false), 3000);
    } catch {
      // No clipboard (insecure context or refused): the password stays selectable.
    }
  }
  return (
    <div className="rounded-md border border-warning-border bg-warning-bg px-4 py-3">
      <p className="flex items-center gap-1.5 text-sm font-semibold text-warning-fg">
        <KeyRound aria-hidden className="size-4" />
        {m.temporaryPassword.label}
      </p>
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <code
          data-testid="temporary-password"
          translate="no"
          className="rounded-md border border-border-strong bg-surface px-3 py-1.5 font-mono text-lg tracking-wider text-ink-strong select-all"
        >
          {password}
        </code>
        <Button size="sm" onClick={copy}>
          {copied ? <Check aria-hidden /> : <Copy aria-hidden />}
          {copied ? m.temporaryPassword.copied : m.temporaryPassword.copy}
        </Button>
      </div>
      <p className="mt-2 text-xs text-ink">{m.temporaryPassword.once}</p>
      <p className="text-xs text-ink">{m.temporaryPassword.mustChange}</p>
    </div>
  );
}
