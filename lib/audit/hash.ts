// The audit trail's hash chain: each event's hash is SHA-256 over the previous event's hash and the
// event's canonical JSON (RFC 8785, via `canonicalize`), so changing any stored field breaks the chain.
import { createHash } from "node:crypto";
import canonicalize from "canonicalize";

export const GENESIS_HASH = "0".repeat(64);

export interface ChainedFields {
  createdAt: Date;
  actorId: string | null;
  actorEmail: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  reason: string | null;
  ip: string | null;
  userAgent: string | null;
  outcome: "SUCCESS" | "FAILURE";
}

export function canonicalEvent(event: ChainedFields): string {
  const text = canonicalize({
    createdAt: event.createdAt.toISOString(),
    actorId: event.actorId,
    actorEmail: event.actorEmail,
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId,
    before: event.before ?? null,
    after: event.after ?? null,
    reason: event.reason,
    ip: event.ip,
    userAgent: event.userAgent,
    outcome: event.outcome,
  });
  if (text === undefined) throw new Error("audit event cannot be canonicalised");
  return text;
}

export function chainHash(previousHash: string, event: ChainedFields): string {
  return createHash("sha256").update(previousHash).update(canonicalEvent(event)).digest("hex");
}

/** Plain JSON for the before/after columns: bigint as string, Date as ISO, undefined dropped. */
export function toAuditJson(value: unknown): unknown {
  if (value === undefined) return null;
  return JSON.parse(JSON.stringify(value, (_key, inner) => (typeof inner === "bigint" ? inner.toString() : inner)));
}
