"use client";
// Runs the hash-chain verification on demand and says plainly what it found. A broken chain gets a danger
// banner that names the event and links to it.
import { useState, useTransition } from "react";
import Link from "next/link";
import { ShieldCheck } from "lucide-react";
import { AlertBanner } from "@/components/ui/alert-banner";
import { Button } from "@/components/ui/button";
import { Card, CardBody } from "@/components/ui/card";
import { verifyAuditChainAction, type AuditVerification } from "@/lib/audit/actions";
import type { ActionResult } from "@/lib/actions/result";
import { formatCount } from "@/lib/money";
import { formatDateTimeSeconds } from "@/lib/time";

export interface IntegrityCheckLabels {
  title: string;
  description: string;
  run: string;
  running: string;
  okTitle: string;
  ok: string;
  brokenTitle: string;
  broken: string;
  brokenAction: string;
  open: string;
  problems: Record<"hash-mismatch" | "link-mismatch" | "head-mismatch", string>;
  failedTitle: string;
}

const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);

export function IntegrityCheck({ labels, locale }: { labels: IntegrityCheckLabels; locale: string }) {
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
          <Outcome result={result} labels={labels} locale={locale} />
        </CardBody>
      ) : null}
    </Card>
  );
}

function Outcome({ result, labels, locale }: { result: ActionResult<AuditVerification>; labels: IntegrityCheckLabels; locale: string }) {
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
    return (
      <AlertBanner tone="success" title={labels.okTitle} testId="audit-verify-result">
        <span data-verdict="ok">{fill(labels.ok, { count: formatCount(verdict.checked, locale), lastId: verdict.lastId ?? "—", time })}</span>
      </AlertBanner>
    );
  }
  return (
    <AlertBanner
      tone="danger"
      title={labels.brokenTitle}
      testId="audit-verify-result"
      action={
        <Link href={`/audit/${verdict.brokenId}`} className="font-medium underline underline-offset-2">
          {fill(labels.open, { id: verdict.brokenId })}
        </Link>
      }
    >
      <p data-verdict="broken" data-broken-id={verdict.brokenId}>
        {fill(labels.broken, { id: verdict.brokenId, problem: labels.problems[verdict.problem], count: formatCount(verdict.checked, locale) })}
      </p>
      <p className="mt-1 font-medium">{labels.brokenAction}</p>
    </AlertBanner>
  );
}
