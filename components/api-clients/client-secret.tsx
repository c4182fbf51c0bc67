"use client";

import { Check, Copy, KeyRound } from "lucide-react";
import { useState } from "react";
import { AlertBanner } from "@/components/ui/alert-banner";
import { Button } from "@/components/ui/button";
import { fill } from "@/lib/i18n/fill";
import { useMessages } from "@/lib/i18n/provider";
import type { ApiClientCreated } from "@/lib/fraud/decisions/mutations";

/**
 * A new client's signing secret, shown this once: it lives only in this component's state, so closing the
 * notice, leaving or reloading loses it for good (the server keeps a seed that cannot sign on its own).
 */
export function ClientSecret({ created, onDone }: { created: ApiClientCreated; onDone: () => void }) {
  const m = useMessages("apiClients");
  const [copied, setCopied] = useState(false);
  async function copy() {
    try {
      await navigator.clipboard.writeText(created.secret);
      setCopied(true);
      setTimeout(() => setCopied(false), 3000);
    } catch {
      // No clipboard (insecure context or refused): the secret stays selectable.
    }
  }
  return (
    <div className="flex flex-col gap-3" data-testid="api-client-created">
      <AlertBanner tone="success" title={fill(m.created.title, { name: created.name })}>
        {m.created.body}
      </AlertBanner>
      <div className="rounded-md border border-warning-border bg-warning-bg px-4 py-3">
        <dl className="grid gap-2 text-sm sm:grid-cols-[auto_1fr] sm:items-center sm:gap-x-4">
          <dt className="font-semibold text-warning-fg">{m.created.keyId}</dt>
          <dd>
            <code data-testid="api-client-key-id" translate="no" className="font-mono text-ink-strong select-all">
              {created.keyId}
            </code>
          </dd>
          <dt className="flex items-center gap-1.5 font-semibold text-warning-fg">
            <KeyRound aria-hidden className="size-4" />
            {m.created.secret}
          </dt>
          <dd className="flex flex-wrap items-center gap-2">
            <code
              data-testid="api-client-secret"
              translate="no"
              className="rounded-md border border-border-strong bg-surface px-3 py-1.5 font-mono break-all text-ink-strong select-all"
            >
              {created.secret}
            </code>
            <Button size="sm" onClick={copy} data-testid="api-client-secret-copy">
              {copied ? <Check aria-hidden /> : <Copy aria-hidden />}
              {copied ? m.created.copied : m.created.copy}
            </Button>
          </dd>
        </dl>
      </div>
      <div>
        <Button variant="primary" onClick={onDone} data-testid="api-client-secret-done">
          {m.created.done}
        </Button>
      </div>
    </div>
  );
}
