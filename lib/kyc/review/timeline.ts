// Every event on one KYC submission, newest first: what its own columns record (submitted, assigned,
// checked, decided — also for decisions made before the console existed) and what the audit trail
// records (openings, reveals, notes, decisions, assignments). A column-derived event is left out when the
// audit trail already tells the same story, so nothing appears twice. Opening the page and viewing a scan
// are marked as page views: the card hides them behind a toggle, or they drown the decisions (an auditor's
// look is worth keeping, not worth reading first). Pure: unit-tested beside it.
import type { KycStatus } from "@/lib/generated/prisma/enums";

export interface TimelineSubmission {
  submittedAt: Date;
  tierRequested: number;
  status: KycStatus;
  approvalPending: boolean;
  assignedAt: Date | null;
  assigneeName: string | null;
  decidedAt: Date | null;
  decidedByName: string | null;
  checkedAt: Date | null;
  checkerName: string | null;
  reasonCode: string | null;
  riskScore: number;
  riskLevel: "LOW" | "MEDIUM" | "HIGH";
  checkCount: number;
}

export interface TimelineAuditEvent {
  id: bigint;
  createdAt: Date;
  action: string;
  actorName: string | null;
  actorEmail: string | null;
  reason: string | null;
  after: unknown;
  outcome: "SUCCESS" | "FAILURE";
}

export type TimelineEntry =
  | { key: string; at: Date; kind: "submitted"; actor: "customer"; tier: number }
  | { key: string; at: Date; kind: "assigned"; actor: null; assignee: string }
  | { key: string; at: Date; kind: "checks"; actor: "system"; score: number; level: "LOW" | "MEDIUM" | "HIGH" }
  | { key: string; at: Date; kind: "decided"; actor: string | null; status: KycStatus | "approvalPending"; reason: string | null }
  | { key: string; at: Date; kind: "checked"; actor: string | null }
  | { key: string; at: Date; kind: "audit"; actor: string | null; action: string; reason: string | null; fields: string[]; assignee: string | null; failed: boolean; pageView: boolean };

/** Someone looked: the review page opened, a document scan viewed. */
const PAGE_VIEWS: ReadonlySet<string> = new Set(["kyc.open", "kyc.document.view"]);

export function isPageView(entry: TimelineEntry): boolean {
  return entry.kind === "audit" && entry.pageView;
}

const DECISIONS = /^kyc\.(approve|approve-proposed|approve-confirm|approve-decline|reject|request-info)$/;

/** Whom an assignment event gave the submission to (the queue's audit records name them). */
function assigneeName(after: unknown): string | null {
  const name = (after as { assigneeName?: unknown } | null)?.assigneeName;
  return typeof name === "string" && name !== "" ? name : null;
}

function revealedFields(after: unknown): string[] {
  const fields = (after as { fields?: unknown } | null)?.fields;
  return Array.isArray(fields) ? fields.filter((f): f is string => typeof f === "string") : [];
}

export function buildTimeline(submission: TimelineSubmission, events: readonly TimelineAuditEvent[]): TimelineEntry[] {
  const entries: TimelineEntry[] = [{ key: "submitted", at: submission.submittedAt, kind: "submitted", actor: "customer", tier: submission.tierRequested }];
  const audited = (pattern: RegExp) => events.some((e) => e.outcome === "SUCCESS" && pattern.test(e.action));

  if (submission.checkCount > 0 && !audited(/^kyc\.check/)) {
    entries.push({ key: "checks", at: submission.submittedAt, kind: "checks", actor: "system", score: submission.riskScore, level: submission.riskLevel });
  }
  if (submission.assignedAt && submission.assigneeName && !audited(/^kyc\.(assign|claim|reassign)/)) {
    entries.push({ key: "assigned", at: submission.assignedAt, kind: "assigned", actor: null, assignee: submission.assigneeName });
  }
  const decided = submission.approvalPending || submission.status === "APPROVED" || submission.status === "REJECTED" || submission.status === "NEEDS_INFO";
  if (decided && submission.decidedAt && !audited(DECISIONS)) {
    const status = submission.approvalPending ? "approvalPending" : submission.status;
    entries.push({ key: "decided", at: submission.decidedAt, kind: "decided", actor: submission.decidedByName, status, reason: submission.reasonCode });
    if (submission.checkedAt) entries.push({ key: "checked", at: submission.checkedAt, kind: "checked", actor: submission.checkerName });
  }
  for (const event of events) {
    entries.push({
      key: `audit-${event.id}`,
      at: event.createdAt,
      kind: "audit",
      actor: event.actorName ?? event.actorEmail,
      action: event.action,
      reason: event.reason,
      fields: event.action === "pii.reveal" ? revealedFields(event.after) : [],
      assignee: event.action.startsWith("kyc.assign") ? assigneeName(event.after) : null,
      failed: event.outcome === "FAILURE",
      pageView: PAGE_VIEWS.has(event.action),
    });
  }
  // Newest first; the submission itself stays last when times tie.
  return entries.sort((a, b) => b.at.getTime() - a.at.getTime() || (a.kind === "submitted" ? 1 : b.kind === "submitted" ? -1 : 0));
}
