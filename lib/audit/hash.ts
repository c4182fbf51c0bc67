// The audit trail's hash chain: each event's hash is HMAC-SHA256, under the audit key (lib/audit/key.ts),
// of the previous event's hash and the event's canonical JSON (RFC 8785, via `canonicalize`) including its
// id, so changing, renumbering or inventing any event breaks the chain for anyone without the key.
// Trails written before the key existed used plain SHA-256 without the id (`legacyChainHash`); they are
// re-chained once by db:migrate (lib/audit/chain.ts) and never accepted as they are.
import { createHash } from "node:crypto";
import canonicalize from "canonicalize";
import { auditMac } from "@/lib/audit/key";

/** The previous hash of the first event of an unkeyed (legacy) trail. */
export const LEGACY_GENESIS_HASH = "0".repeat(64);

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

/** The chained fields of a stored event (a whole audit_event row), as verification reads them back. */
export function chainedFieldsOf(row: ChainedFields): ChainedFields {
  return {
    createdAt: row.createdAt,
    actorId: row.actorId,
    actorEmail: row.actorEmail,
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    before: row.before,
    after: row.after,
    reason: row.reason,
    ip: row.ip,
    userAgent: row.userAgent,
    outcome: row.outcome,
  };
}

export function canonicalEvent(event: ChainedFields, id?: bigint): string {
  const text = canonicalize({
    ...(id === undefined ? {} : { id: id.toString() }),
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

export function chainHash(previousHash: string, id: bigint, event: ChainedFields): string {
  return auditMac(previousHash, canonicalEvent(event, id));
}

/** The first event's previous hash: bound to the chain's identity, so events cannot move between chains. */
export function genesisHash(chainId: string): string {
  return auditMac("wallet-console audit genesis ", chainId);
}

/** The unkeyed hash of trails written before the key; verify also uses it to say "not signed with the key". */
export function legacyChainHash(previousHash: string, event: ChainedFields, id?: bigint): string {
  return createHash("sha256").update(previousHash).update(canonicalEvent(event, id)).digest("hex");
}

/** Plain JSON for the before/after columns: bigint as string, Date as ISO, undefined dropped. */
export function toAuditJson(value: unknown): unknown {
  if (value === undefined) return null;
  return JSON.parse(JSON.stringify(value, (_key, inner) => (typeof inner === "bigint" ? inner.toString() : inner)));
}
