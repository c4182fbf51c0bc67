// A refused attempt is itself an audit event (PCI DSS v4 10.2.1.4), recorded the same way wherever the gate
// said no: a server action, a route handler or a page. One shape, so an auditor filters for outcome FAILURE
// and entity "Permission" and sees every refusal, whatever door was tried.
import "server-only";
import { recordAudit, type AuditActor, type RequestMeta } from "@/lib/audit/write";
import type { Permission } from "@/lib/auth/permissions";
import { db } from "@/lib/db";

export interface Refusal {
  /** What was attempted, in the action name shape: "staff.create", "kyc.document.view", "page.view". */
  action: string;
  /** The permission the actor lacked. */
  permission: Permission;
  /** Which page or resource was asked for, when the action name alone does not say it. */
  after?: Record<string, unknown>;
}

export async function recordRefusal(actor: AuditActor, refusal: Refusal, request: RequestMeta | null): Promise<void> {
  await db.$transaction((tx) =>
    recordAudit(tx, {
      actor,
      action: refusal.action,
      entityType: "Permission",
      entityId: refusal.permission,
      after: refusal.after,
      outcome: "FAILURE",
      reason: "forbidden",
      request,
    }),
  );
}
