// Where an alert stands for a decision, said once: which statuses are still open, who may decide an
// escalated alert, and the refusals of the states that cannot be decided. Pure and without server imports:
// the page's action panel and the mutations ask the same functions.
import { wrongState } from "@/lib/actions/errors";
import { can } from "@/lib/auth/permissions";
import type { AlertStatus } from "@/lib/generated/prisma/enums";

export const ALERT_ENTITY = "FraudAlert";
export const CASE_ENTITY = "FraudCase";

/** Someone still has work to do on these. */
export const OPEN_ALERT_STATUSES = ["OPEN", "INVESTIGATING", "ESCALATED"] as const satisfies readonly AlertStatus[];

export function isOpenAlert(status: string): boolean {
  return (OPEN_ALERT_STATUSES as readonly string[]).includes(status);
}

/** An escalated alert is decided by a lead (alert:resolve-escalated); any other open one by alert:resolve. */
export function mayDecide(status: string, roles: readonly string[]): boolean {
  if (!isOpenAlert(status)) return false;
  return status === "ESCALATED" ? can(roles, "alert:resolve-escalated") : can(roles, "alert:resolve");
}

/** Only an alert still with the officers can be escalated: once escalated it waits for the lead. */
export function mayEscalate(status: string, roles: readonly string[]): boolean {
  return (status === "OPEN" || status === "INVESTIGATING") && can(roles, "alert:resolve");
}

/** Throws the wrong-state refusal for a decision on an alert in this status by these roles. */
export function assertDecidable(status: string, roles: readonly string[]): void {
  if (status === "CONFIRMED") throw wrongState("alertCase.errors.alreadyConfirmed");
  if (status === "FALSE_POSITIVE") throw wrongState("alertCase.errors.alreadyFalsePositive");
  if (status === "ESCALATED" && !can(roles, "alert:resolve-escalated")) throw wrongState("alertCase.errors.escalatedLeadOnly");
}

export function assertEscalatable(status: string): void {
  if (status === "ESCALATED") throw wrongState("alertCase.errors.alreadyEscalated");
  assertDecidable(status, []);
}
