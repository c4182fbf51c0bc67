// Where a report stands in the review workflow, said once: which step each status allows, who may take it
// (the permission, and four eyes: a lead never approves or returns a report they drafted or submitted; the
// detector's drafts have no drafter, so their submitter is the maker), and why not when not. Pure and
// without server imports: the review panel and the mutations ask the same functions, so they never disagree.
import { can, type Permission } from "@/lib/auth/permissions";
import type { RegulatoryReportStatus } from "@/lib/generated/prisma/enums";
import { SUBMIT_REQUIREMENTS, WORKFLOW_STEPS, type SubmitRequirement, type WorkflowStep } from "@/lib/reports/workflow/fields";

export { WORKFLOW_STEPS, type WorkflowStep };

/** The permission each step needs (lib/auth/permissions.ts). */
export const STEP_PERMISSION = {
  submit: "report:draft",
  approve: "report:approve",
  return: "report:approve",
  acknowledge: "report:file",
  regulatorReject: "report:file",
} as const satisfies Record<WorkflowStep, Permission>;

/** The status each step starts from and the one it leads to. */
export const TRANSITIONS = {
  submit: { from: ["DRAFT", "RETURNED"], to: "SUBMITTED_FOR_REVIEW" },
  approve: { from: ["SUBMITTED_FOR_REVIEW"], to: "APPROVED" },
  return: { from: ["SUBMITTED_FOR_REVIEW"], to: "RETURNED" },
  acknowledge: { from: ["EXPORTED"], to: "ACKNOWLEDGED" },
  regulatorReject: { from: ["EXPORTED"], to: "REJECTED_BY_REGULATOR" },
} as const satisfies Record<WorkflowStep, { from: readonly RegulatoryReportStatus[]; to: RegulatoryReportStatus }>;

/** Why a step is refused: the last part of a reportsReview.errors key. */
export type Refusal = "forbidden" | "notEditable" | "notSubmitted" | "notExported" | "ownReport" | "finished";

export interface WorkflowReport {
  status: RegulatoryReportStatus | string;
  draftedById: string | null;
  submittedById: string | null;
}

export interface Viewer {
  id: string;
  roles: readonly string[];
}

/** The status a step leads to from this one, or null when the step does not start here. */
export function nextStatus(step: WorkflowStep, status: string): RegulatoryReportStatus | null {
  const t = TRANSITIONS[step];
  return (t.from as readonly string[]).includes(status) ? t.to : null;
}

/** The maker(s) of a report: the drafter and the submitter (the detector's drafts have only a submitter). */
export function isMaker(report: Pick<WorkflowReport, "draftedById" | "submittedById">, staffId: string): boolean {
  return report.draftedById === staffId || report.submittedById === staffId;
}

/** Four eyes: a lead who did not draft or submit the report, while it waits for review. */
export function mayApprove(report: WorkflowReport, staffId: string, roles: readonly string[]): boolean {
  return refusalFor("approve", report, { id: staffId, roles }) === null;
}

function stateRefusal(step: WorkflowStep, status: string): Refusal {
  if (status === "ACKNOWLEDGED" || status === "REJECTED_BY_REGULATOR") return "finished";
  if (step === "submit") return "notEditable";
  if (step === "approve" || step === "return") return "notSubmitted";
  return "notExported";
}

/** Null when the viewer may take the step now; otherwise why not (permission first, then state, then four eyes). */
export function refusalFor(step: WorkflowStep, report: WorkflowReport, viewer: Viewer): Refusal | null {
  if (!can(viewer.roles, STEP_PERMISSION[step])) return "forbidden";
  if (!nextStatus(step, report.status)) return stateRefusal(step, report.status);
  if ((step === "approve" || step === "return") && isMaker(report, viewer.id)) return "ownReport";
  return null;
}

/** The i18n key of a refusal (messages: lib/i18n/messages/<locale>/reports-review.ts errors). */
export function refusalKey(refusal: Refusal): `reportsReview.errors.${Refusal}` {
  return `reportsReview.errors.${refusal}`;
}

/** The steps the viewer may take on the report now, in the panel's order. */
export function allowedActions(report: WorkflowReport, viewer: Viewer): WorkflowStep[] {
  return WORKFLOW_STEPS.filter((step) => refusalFor(step, report, viewer) === null);
}

/** Anyone who drafts or reviews may write in the thread, in any status (the auditor only reads). */
export function mayComment(roles: readonly string[]): boolean {
  return can(roles, "report:draft") || can(roles, "report:approve");
}

export interface CompletenessInput {
  kind: string;
  trigger: string | null;
  crimeType: string | null;
  characteristicCodes: readonly string[];
  narrativeFacts: string | null;
  narrativeAnalysis: string | null;
  transactionCount: number;
}

/**
 * What the report still lacks before it can be submitted: an STR needs its trigger, crime type, at least one
 * characteristic, both narrative parts and at least one transaction; a large-value report its transactions.
 */
export function missingForSubmit(report: CompletenessInput): SubmitRequirement[] {
  const blank = (value: string | null) => !value || value.trim().length === 0;
  const missing = new Set<SubmitRequirement>();
  if (report.kind === "SUSPICIOUS") {
    if (blank(report.trigger)) missing.add("trigger");
    if (blank(report.crimeType)) missing.add("crimeType");
    if (report.characteristicCodes.length === 0) missing.add("characteristicCodes");
    if (blank(report.narrativeFacts)) missing.add("narrativeFacts");
    if (blank(report.narrativeAnalysis)) missing.add("narrativeAnalysis");
  }
  if (report.transactionCount < 1) missing.add("transactions");
  return SUBMIT_REQUIREMENTS.filter((requirement) => missing.has(requirement));
}
