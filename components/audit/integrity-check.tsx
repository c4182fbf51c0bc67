"use client";
// Runs the audit trail's integrity check on demand and says plainly what it found: every finding by name
// (an altered event, one not signed with the key, deleted events, a disabled trigger), each linked to its
// event. Below it, the latest signed checkpoint to copy and a button to write one now.
import { useState, useTransition } from "react";
import Link from "next/link";
import { ShieldCheck } from "lucide-react";
import { CheckpointPanel } from "@/components/audit/integrity-check-checkpoint";
import { AlertBanner } from "@/components/ui/alert-banner";
import { Button } from "@/components/ui/button";
import { Card, CardBody } from "@/components/ui/card";
import { verifyAuditChainAction, type AuditVerification } from "@/lib/audit/actions";
import type { AuditCheckpoint } from "@/lib/audit/checkpoint";
import type { AuditFinding } from "@/lib/audit/verify";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages/zh-CN";
import { useLocale, useMessages } from "@/lib/i18n/provider";
import type { ActionResult } from "@/lib/actions/result";
import { formatCount } from "@/lib/money";
import { formatDateTimeSeconds } from "@/lib/time";

type VerifyMessages = Messages["audit"]["verify"];

interface IntegrityCheckProps {
  checkpoint: AuditCheckpoint | null;
  /** How often the job writes a checkpoint (configuration, told in the panel's description). */
  checkpointMinutes: number;
}

export function IntegrityCheck({ checkpoint, checkpointMinutes }: IntegrityCheckProps) {
  const labels = useMessages("audit").verify;
  const [result, setResult] = useState<ActionResult<AuditVerification> | null>(null);
  const [pending, startTransition] = useTransition();

  const run = () =>
    startTransition(async () => {
      setResult(await verifyAuditChainAction({}));
    });

  return (
    <Card
      title={labels.title}
      description={labels.description}
      actions={
        <Button onClick={run} loading={pending} data-testid="audit-verify-run">
          {!pending ? <ShieldCheck aria-hidden /> : null}
          {pending ? labels.running : labels.run}
        </Button>
      }
    >
      {result ? (
        <CardBody>
          <Outcome result={result} />
        </CardBody>
      ) : null}
      <CheckpointPanel initial={checkpoint} minutes={checkpointMinutes} />
    </Card>
  );
}

function findingMessage(finding: AuditFinding, labels: VerifyMessages): string {
  switch (finding.problem) {
    case "hash-mismatch":
      return fill(labels.findings[finding.unkeyed ? "hash-mismatch-unkeyed" : "hash-mismatch"], { id: finding.eventId });
    case "link-mismatch":
      return fill(labels.findings["link-mismatch"], { id: finding.eventId });
    case "events-missing":
      return fill(labels.findings["events-missing"], { id: finding.eventId, after: finding.afterId });
    case "events-deleted":
      return fill(labels.findings["events-deleted"], { checkpoint: finding.checkpoint, last: finding.lastId === null ? labels.noEvent : `#${finding.lastId}` });
    case "checkpoint-mismatch":
    case "checkpoint-forged":
      return fill(labels.findings[finding.problem], { checkpoint: finding.checkpoint });
    case "trigger-disabled":
    case "trigger-missing":
      return fill(labels.findings[finding.problem], { trigger: finding.trigger });
    default:
      return labels.findings[finding.problem];
  }
}

function Outcome({ result }: { result: ActionResult<AuditVerification> }) {
  const labels = useMessages("audit").verify;
  const locale = useLocale();
  if (!result.ok) {
    return (
      <AlertBanner tone="danger" title={labels.failedTitle} testId="audit-verify-result">
        {result.message}
      </AlertBanner>
    );
  }
  const { verdict, checkedAt } = result.data;
  const time = formatDateTimeSeconds(new Date(checkedAt), locale);
  if (verdict.ok) {
    const against = verdict.checkpoint
      ? fill(labels.okCheckpoint, { sequence: verdict.checkpoint.sequence, at: formatDateTimeSeconds(new Date(verdict.checkpoint.at), locale) })
      : labels.noCheckpoint;
    return (
      <AlertBanner tone="success" title={labels.okTitle} testId="audit-verify-result">
        <span data-verdict="ok">{fill(labels.ok, { count: formatCount(verdict.checked, locale), lastId: verdict.lastId ?? "—", time })}</span>{" "}
        <span>{against}</span>
      </AlertBanner>
    );
  }
  const eventIds = verdict.findings.map((f) => ("eventId" in f ? f.eventId : null));
  const firstEvent = eventIds.find((id) => id !== null) ?? null;
  return (
    <AlertBanner
      tone="danger"
      title={labels.brokenTitle}
      testId="audit-verify-result"
      action={
        firstEvent ? (
          <Link href={`/audit/${firstEvent}`} className="font-medium underline underline-offset-2">
            {fill(labels.open, { id: firstEvent })}
          </Link>
        ) : null
      }
    >
      <p data-verdict="broken" data-broken-id={firstEvent ?? undefined}>
        {fill(labels.broken, { count: formatCount(verdict.checked, locale) })}
      </p>
      <ul className="mt-1 list-disc pl-5" data-testid="audit-verify-findings">
        {verdict.findings.map((finding, index) => (
          <li key={index} data-problem={finding.problem}>
            {findingMessage(finding, labels)}
          </li>
        ))}
      </ul>
      <p className="mt-1 font-medium">{labels.brokenAction}</p>
    </AlertBanner>
  );
}
