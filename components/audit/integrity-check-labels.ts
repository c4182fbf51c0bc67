// The integrity check's strings, resolved on the server for the client component.
import type { IntegrityCheckLabels } from "@/components/audit/integrity-check";
import type { CheckpointLabels } from "@/components/audit/integrity-check-checkpoint";
import type { AuditProblem } from "@/lib/audit/verify";
import { env } from "@/lib/env";
import type { Translate } from "@/lib/i18n/translate";

const PROBLEMS: AuditProblem[] = [
  "chain-missing",
  "chain-seal-mismatch",
  "hash-mismatch",
  "link-mismatch",
  "events-missing",
  "events-deleted",
  "checkpoint-mismatch",
  "checkpoint-forged",
  "trigger-disabled",
  "trigger-missing",
];

export function integrityCheckLabels(t: Translate): IntegrityCheckLabels {
  return {
    title: t("audit.verify.title"),
    description: t("audit.verify.description"),
    run: t("audit.verify.run"),
    running: t("audit.verify.running"),
    okTitle: t("audit.verify.okTitle"),
    ok: t("audit.verify.ok"),
    okCheckpoint: t("audit.verify.okCheckpoint"),
    noCheckpoint: t("audit.verify.noCheckpoint"),
    brokenTitle: t("audit.verify.brokenTitle"),
    broken: t("audit.verify.broken"),
    brokenAction: t("audit.verify.brokenAction"),
    open: t("audit.verify.open"),
    findings: {
      ...(Object.fromEntries(PROBLEMS.map((problem) => [problem, t(`audit.verify.findings.${problem}`)])) as Record<AuditProblem, string>),
      "hash-mismatch-unkeyed": t("audit.verify.findings.hash-mismatch-unkeyed"),
    },
    noEvent: t("audit.verify.noEvent"),
    failedTitle: t("audit.verify.failedTitle"),
  };
}

export function checkpointLabels(t: Translate): CheckpointLabels {
  return {
    title: t("audit.checkpoint.title"),
    description: t("audit.checkpoint.description", { minutes: env.AUDIT_CHECKPOINT_MINUTES }),
    write: t("audit.checkpoint.write"),
    writing: t("audit.checkpoint.writing"),
    none: t("audit.checkpoint.none"),
    latest: t("audit.checkpoint.latest"),
    copy: t("audit.checkpoint.copy"),
    copied: t("audit.checkpoint.copied"),
    written: t("audit.checkpoint.written"),
    refused: t("audit.checkpoint.refused"),
    empty: t("audit.checkpoint.empty"),
  };
}
