// Who the audit trail names for a decision: a machine client, not a staff member. The trail's actor is an
// (id, email) pair whose id points at staff_user, so a client is written with no id and its key id in the
// email column, prefixed so no staff address can be mistaken for it. The chain hashes these fields as it
// hashes any others, so nothing about the chain changes.
import type { AuditActor } from "@/lib/audit/write";

export const MACHINE_ACTOR_PREFIX = "api-client:";

export function machineActor(keyId: string): AuditActor {
  return { id: null, email: `${MACHINE_ACTOR_PREFIX}${keyId}` };
}
