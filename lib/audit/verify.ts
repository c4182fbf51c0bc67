// Checks the audit trail against everything a tamperer would have to forge without the key:
// - the chain's seal (its id, the key id, how far an older trail was re-chained);
// - every event, in id order to the very last row: its id follows the previous one, its previous hash is
//   the previous event's hash, and its own hash is the keyed HMAC of both (a hash that is plain SHA-256 of
//   the row is named as "not signed with the audit key");
// - the latest signed checkpoint (outside the database): its event must still be there with its hash,
//   which catches events deleted from the end of the trail;
// - the append-only triggers must be present and enabled.
// Each problem found is a finding; the walk stops at the first broken event, since nothing after it can
// be vouched for.
import type { Db } from "@/lib/db/client";
import { AuditKeyMismatchError, chainSeal } from "@/lib/audit/chain";
import { checkpointIsSigned, latestCheckpoint, type AuditCheckpoint } from "@/lib/audit/checkpoint";
import { chainHash, chainedFieldsOf, genesisHash, legacyChainHash } from "@/lib/audit/hash";
import { auditKeyId } from "@/lib/audit/key";

export const AUDIT_TRIGGERS = ["audit_event_no_update_or_delete", "audit_event_no_truncate"] as const;

export type AuditFinding =
  | { problem: "chain-missing" }
  | { problem: "chain-seal-mismatch" }
  | { problem: "hash-mismatch"; eventId: string; unkeyed: boolean }
  | { problem: "link-mismatch"; eventId: string }
  | { problem: "events-missing"; eventId: string; afterId: string }
  | { problem: "events-deleted"; checkpoint: string; lastId: string | null }
  | { problem: "checkpoint-mismatch"; checkpoint: string }
  | { problem: "checkpoint-forged"; checkpoint: string }
  | { problem: "trigger-disabled"; trigger: string }
  | { problem: "trigger-missing"; trigger: string };

export type AuditProblem = AuditFinding["problem"];

export interface ChainVerdict {
  ok: boolean;
  /** Events whose hash was recomputed. */
  checked: number;
  chainId: string | null;
  lastId: string | null;
  lastHash: string | null;
  /** The checkpoint the trail was compared with. */
  checkpoint: { sequence: string; at: string } | null;
  findings: AuditFinding[];
}

/** The first event a finding points at, for a link to it. */
export function findingEventId(finding: AuditFinding): string | null {
  if ("eventId" in finding) return finding.eventId;
  if ("checkpoint" in finding) return finding.checkpoint;
  return null;
}

const PAGE = 2_000;

/**
 * `fromCheckpoint`: start from the latest valid checkpoint instead of the first event (the checkpoint
 * writer, which must not re-read a long trail every few minutes). Throws AuditKeyMismatchError when the
 * chain was sealed with another key: that is a configuration error, not evidence of tampering.
 */
export async function verifyAuditChain(db: Db, options: { fromCheckpoint?: boolean } = {}): Promise<ChainVerdict> {
  const findings: AuditFinding[] = [];
  findings.push(...(await triggerFindings(db)));

  const chain = await db.auditChain.findUnique({ where: { id: 1 } });
  if (!chain?.chainId || !chain.createdAt || !chain.keyId || !chain.seal) {
    findings.push({ problem: "chain-missing" });
    return { ok: false, checked: 0, chainId: null, lastId: null, lastHash: null, checkpoint: null, findings };
  }
  if (chain.keyId !== auditKeyId()) throw new AuditKeyMismatchError(chain.keyId, auditKeyId());
  const sealed = chainSeal({ chainId: chain.chainId, createdAt: chain.createdAt, keyId: chain.keyId, legacyThrough: chain.legacyThrough });
  if (sealed !== chain.seal) findings.push({ problem: "chain-seal-mismatch" });
  const legacyThrough = chain.legacyThrough ?? 0n;

  const checkpoint = latestCheckpoint(chain.chainId);
  let anchor: AuditCheckpoint | null = null;
  if (checkpoint) {
    const found = await checkpointFindings(db, checkpoint);
    findings.push(...found);
    if (found.length === 0) anchor = checkpoint;
  }

  // The walk: from the start, or from the checkpoint (whose event was just found with its signed hash).
  let previousId: bigint | null = options.fromCheckpoint && anchor ? BigInt(anchor.sequence) : null;
  let previousHash = options.fromCheckpoint && anchor ? anchor.hash : genesisHash(chain.chainId);
  let checked = 0;
  walk: for (;;) {
    const rows = await db.auditEvent.findMany({ where: previousId === null ? {} : { id: { gt: previousId } }, orderBy: { id: "asc" }, take: PAGE });
    for (const row of rows) {
      const expectedId = (previousId ?? 0n) + 1n;
      if (row.id !== expectedId && row.id > legacyThrough) {
        findings.push({ problem: "events-missing", eventId: row.id.toString(), afterId: (previousId ?? 0n).toString() });
        break walk;
      }
      const fields = chainedFieldsOf(row);
      if (row.prevHash !== previousHash || row.hash !== chainHash(previousHash, row.id, fields)) {
        // A row hashed without the key (a forger's, or a trail from before the key) is named as such;
        // otherwise a wrong link means events removed or inserted, a wrong hash an altered event.
        const unkeyed = row.hash === legacyChainHash(row.prevHash, fields) || row.hash === legacyChainHash(row.prevHash, fields, row.id);
        if (!unkeyed && row.prevHash !== previousHash) findings.push({ problem: "link-mismatch", eventId: row.id.toString() });
        else findings.push({ problem: "hash-mismatch", eventId: row.id.toString(), unkeyed });
        break walk;
      }
      previousHash = row.hash;
      previousId = row.id;
      checked++;
    }
    if (rows.length < PAGE) break;
  }

  return {
    ok: findings.length === 0,
    checked,
    chainId: chain.chainId,
    lastId: previousId?.toString() ?? null,
    lastHash: previousId === null ? null : previousHash,
    checkpoint: checkpoint ? { sequence: checkpoint.sequence, at: checkpoint.at } : null,
    findings,
  };
}

async function triggerFindings(db: Db): Promise<AuditFinding[]> {
  const rows = await db.$queryRaw<{ name: string; enabled: string }[]>`
    SELECT t.tgname AS name, t.tgenabled::text AS enabled FROM pg_trigger t
    WHERE t.tgrelid = 'audit_event'::regclass AND NOT t.tgisinternal`;
  const findings: AuditFinding[] = [];
  for (const trigger of AUDIT_TRIGGERS) {
    const row = rows.find((r) => r.name === trigger);
    // 'O' and 'A' fire in ordinary sessions; 'D' is disabled and 'R' fires only for replication.
    if (!row) findings.push({ problem: "trigger-missing", trigger });
    else if (row.enabled === "D" || row.enabled === "R") findings.push({ problem: "trigger-disabled", trigger });
  }
  return findings;
}

async function checkpointFindings(db: Db, checkpoint: AuditCheckpoint): Promise<AuditFinding[]> {
  if (!checkpointIsSigned(checkpoint)) return [{ problem: "checkpoint-forged", checkpoint: checkpoint.sequence }];
  const event = await db.auditEvent.findUnique({ where: { id: BigInt(checkpoint.sequence) }, select: { hash: true } });
  if (!event) {
    const last = await db.auditEvent.findFirst({ orderBy: { id: "desc" }, select: { id: true } });
    if (!last || last.id < BigInt(checkpoint.sequence)) return [{ problem: "events-deleted", checkpoint: checkpoint.sequence, lastId: last?.id.toString() ?? null }];
    return [{ problem: "checkpoint-mismatch", checkpoint: checkpoint.sequence }];
  }
  return event.hash === checkpoint.hash ? [] : [{ problem: "checkpoint-mismatch", checkpoint: checkpoint.sequence }];
}
