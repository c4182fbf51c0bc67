// One line per finding, in English, for `npm run audit:verify` and the server log (the console shows the
// same verdicts translated, from lib/i18n/messages/*/audit.ts).
import type { AuditFinding } from "@/lib/audit/verify";

export function findingText(finding: AuditFinding): string {
  switch (finding.problem) {
    case "chain-missing":
      return "the audit chain's sealed identity (audit_chain) is missing";
    case "chain-seal-mismatch":
      return "the audit chain's identity does not match its seal (audit_chain was edited)";
    case "hash-mismatch":
      return `hash-mismatch at #${finding.eventId} (${finding.unkeyed ? "not signed with the audit key: re-hashed with plain SHA-256" : "the event was altered"})`;
    case "link-mismatch":
      return `link-mismatch at #${finding.eventId} (its previous hash is not event #${BigInt(finding.eventId) - 1n}'s: events were removed or inserted)`;
    case "events-missing":
      return `events missing between #${finding.afterId} and #${finding.eventId} (deleted)`;
    case "events-deleted":
      return `events deleted after checkpoint #${finding.checkpoint} (the trail now ends at ${finding.lastId === null ? "no event" : `#${finding.lastId}`})`;
    case "checkpoint-mismatch":
      return `event #${finding.checkpoint} no longer matches the signed checkpoint (events were rewritten or deleted and replaced)`;
    case "checkpoint-forged":
      return `the latest checkpoint (#${finding.checkpoint}) is not signed with the audit key (the checkpoint file was edited)`;
    case "trigger-disabled":
      return `trigger ${finding.trigger} disabled`;
    case "trigger-missing":
      return `trigger ${finding.trigger} missing (dropped)`;
  }
}
