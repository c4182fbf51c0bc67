"use client";
// The latest signed checkpoint of the chain head, as the one JSON line an auditor copies and keeps
// elsewhere, and a button that verifies the trail and signs its head now (recorded in the trail).
import { useState, useTransition } from "react";
import { Copy, Stamp } from "lucide-react";
import { AlertBanner } from "@/components/ui/alert-banner";
import { Button } from "@/components/ui/button";
import { CardBody } from "@/components/ui/card";
import { writeAuditCheckpointAction, type CheckpointOutcome } from "@/lib/audit/actions";
import type { AuditCheckpoint } from "@/lib/audit/checkpoint";
import type { ActionResult } from "@/lib/actions/result";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages/zh-CN";
import { useLocale, useMessages } from "@/lib/i18n/provider";
import { formatDateTimeSeconds } from "@/lib/time";

type CheckpointMessages = Messages["audit"]["checkpoint"];

export function CheckpointPanel({ initial, minutes }: { initial: AuditCheckpoint | null; minutes: number }) {
  const labels = useMessages("audit").checkpoint;
  const locale = useLocale();
  const [checkpoint, setCheckpoint] = useState(initial);
  const [result, setResult] = useState<ActionResult<CheckpointOutcome> | null>(null);
  const [copied, setCopied] = useState(false);
  const [pending, startTransition] = useTransition();
  const line = checkpoint ? JSON.stringify(checkpoint) : null;

  const write = () =>
    startTransition(async () => {
      const outcome = await writeAuditCheckpointAction({});
      setResult(outcome);
      if (outcome.ok && outcome.data.written) setCheckpoint(outcome.data.checkpoint);
    });

  return (
    <CardBody className="border-t border-border" data-testid="audit-checkpoint">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h3 className="text-sm font-semibold text-ink-strong">{labels.title}</h3>
          <p className="mt-0.5 text-xs text-ink-subtle">{fill(labels.description, { minutes })}</p>
        </div>
        <Button variant="secondary" onClick={write} loading={pending} data-testid="audit-checkpoint-write">
          {!pending ? <Stamp aria-hidden /> : null}
          {pending ? labels.writing : labels.write}
        </Button>
      </div>
      {result ? <WriteOutcome result={result} labels={labels} /> : null}
      {checkpoint && line ? (
        <div className="mt-3">
          <div className="flex items-center justify-between gap-2">
            <p className="text-xs text-ink-subtle" data-testid="audit-checkpoint-latest" data-sequence={checkpoint.sequence}>
              {fill(labels.latest, { sequence: checkpoint.sequence, at: formatDateTimeSeconds(new Date(checkpoint.at), locale) })}
            </p>
            <Button
              variant="ghost"
              size="sm"
              onClick={() => void navigator.clipboard?.writeText(line).then(() => setCopied(true))}
              data-testid="audit-checkpoint-copy"
            >
              <Copy aria-hidden />
              {copied ? labels.copied : labels.copy}
            </Button>
          </div>
          <code className="mt-1 block rounded-md border border-border bg-surface-muted px-2 py-1.5 font-mono text-xs break-all text-ink select-all" data-testid="audit-checkpoint-line">
            {line}
          </code>
        </div>
      ) : (
        <p className="mt-3 text-xs text-ink-subtle">{labels.none}</p>
      )}
    </CardBody>
  );
}

function WriteOutcome({ result, labels }: { result: ActionResult<CheckpointOutcome>; labels: CheckpointMessages }) {
  if (!result.ok) return <AlertBanner tone="danger" className="mt-3" testId="audit-checkpoint-result">{result.message}</AlertBanner>;
  if (result.data.written) {
    return <AlertBanner tone="success" className="mt-3" testId="audit-checkpoint-result">{fill(labels.written, { sequence: result.data.checkpoint.sequence })}</AlertBanner>;
  }
  return (
    <AlertBanner tone={result.data.verdict ? "danger" : "info"} className="mt-3" testId="audit-checkpoint-result">
      {result.data.verdict ? labels.refused : labels.empty}
    </AlertBanner>
  );
}
