// Reading the audit trail is itself audited (PCI DSS v4 10.2.1.3: all access to audit logs is captured).
// The record is written before the page or file reaches the reader; if it cannot be written, they get
// nothing.
import "server-only";
import { recordAudit, type AuditInput, type RequestMeta } from "@/lib/audit/write";
import type { StaffSession } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { requestMeta } from "@/lib/http/request-meta";

export type AuditAccess = Pick<AuditInput, "action" | "entityId" | "after" | "outcome" | "reason">;

/** `request` defaults to the current request's headers (pages); route handlers pass their actor's. */
export async function recordAuditAccess(staff: StaffSession, access: AuditAccess, request?: RequestMeta): Promise<void> {
  const meta = request ?? (await requestMeta());
  await db.$transaction((tx) => recordAudit(tx, { actor: staff, entityType: "AuditEvent", request: meta, ...access }));
}
