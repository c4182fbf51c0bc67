// The audit chain's identity: a random chain id, sealed with the audit key together with the key's id and
// how far an older unkeyed trail was re-chained. Only the key holder running as the database owner (db:migrate,
// a demo reset) writes it; the console only reads it. Checkpoints are filed under the chain id, so a reset
// (new id) never makes the new trail look like the old one with its events deleted.
import { randomUUID } from "node:crypto";
import canonicalize from "canonicalize";
import type { Db } from "@/lib/db/client";
import { auditKeyId, auditMac } from "@/lib/audit/key";
import { genesisHash, chainHash, legacyChainHash, LEGACY_GENESIS_HASH, chainedFieldsOf } from "@/lib/audit/hash";
import { AUDIT_WRITER_LOCK, recordAudit } from "@/lib/audit/write";

export interface SealedChain {
  chainId: string;
  createdAt: Date;
  keyId: string;
  legacyThrough: bigint | null;
  seal: string;
}

export function chainSeal(chain: Omit<SealedChain, "seal">): string {
  const text = canonicalize({
    chainId: chain.chainId,
    createdAt: chain.createdAt.toISOString(),
    keyId: chain.keyId,
    legacyThrough: chain.legacyThrough?.toString() ?? null,
  });
  return auditMac("wallet-console audit chain ", text!);
}

export function newSealedChain(legacyThrough: bigint | null = null): SealedChain {
  const unsealed = { chainId: randomUUID(), createdAt: new Date(Math.floor(Date.now())), keyId: auditKeyId(), legacyThrough };
  return { ...unsealed, seal: chainSeal(unsealed) };
}

/** The SQL a reset runs after emptying the tables (plain pg, inside the reset's transaction). */
export function newChainStatement(): { text: string; values: unknown[] } {
  const chain = newSealedChain();
  return {
    text: `INSERT INTO audit_chain (id, chain_id, created_at, key_id, legacy_through, seal) VALUES (1, $1, $2, $3, NULL, $4)`,
    values: [chain.chainId, chain.createdAt, chain.keyId, chain.seal],
  };
}

export class AuditKeyMismatchError extends Error {
  constructor(readonly chainKeyId: string, readonly keyId: string) {
    super(
      `the audit key (id ${keyId}) is not the one this audit chain was sealed with (id ${chainKeyId}): ` +
        "set AUDIT_HMAC_KEY (or AUDIT_HMAC_KEY_FILE) to the original key",
    );
  }
}

export type ChainPreparation =
  | { state: "ready"; chainId: string }
  | { state: "started"; chainId: string }
  | { state: "rechained"; chainId: string; events: number }
  | { state: "legacy-broken"; chainId: string; brokenId: string };

/**
 * Run by db:migrate as the owner, holding the key. A chain already sealed is checked against this key.
 * An unsealed chain with no events is sealed. An unkeyed (SHA-256) trail from before is verified to its
 * recorded head and, if intact, re-chained with the key once, recorded as an `audit.rechain` event; if it
 * is broken it is left as it is, and every check reports it, since nobody can vouch for it any more.
 */
export async function prepareAuditChain(owner: Db): Promise<ChainPreparation> {
  const existing = await owner.auditChain.findUnique({ where: { id: 1 } });
  if (existing?.chainId && existing.keyId) {
    if (existing.keyId !== auditKeyId()) throw new AuditKeyMismatchError(existing.keyId, auditKeyId());
    return { state: "ready", chainId: existing.chainId };
  }
  const last = await owner.auditEvent.findFirst({ orderBy: { id: "desc" }, select: { id: true } });
  if (!last) {
    const chain = newSealedChain();
    await owner.auditChain.upsert({ where: { id: 1 }, create: { id: 1, ...chain }, update: { ...chain, legacyHeadHash: null, legacyHeadEventId: null } });
    return { state: "started", chainId: chain.chainId };
  }

  const legacy = await verifyLegacyTrail(owner, existing?.legacyHeadHash ?? null, existing?.legacyHeadEventId ?? null);
  if (!legacy.ok) {
    const chain = newSealedChain();
    await owner.auditChain.upsert({ where: { id: 1 }, create: { id: 1, ...chain }, update: chain });
    console.error(`[audit] the unkeyed audit trail is broken at event #${legacy.brokenId}; it was NOT re-chained, and every integrity check will report it`);
    return { state: "legacy-broken", chainId: chain.chainId, brokenId: legacy.brokenId.toString() };
  }

  const chain = newSealedChain(last.id);
  let events = 0;
  await owner.$transaction(
    async (tx) => {
      await tx.$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock(${AUDIT_WRITER_LOCK}::bigint)`;
      await tx.$executeRawUnsafe(`ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update_or_delete`);
      let previousHash = genesisHash(chain.chainId);
      let cursor = 0n;
      for (;;) {
        const rows = await tx.auditEvent.findMany({ where: { id: { gt: cursor, lte: last.id } }, orderBy: { id: "asc" }, take: 2_000 });
        if (rows.length === 0) break;
        const ids: string[] = [];
        const prevs: string[] = [];
        const hashes: string[] = [];
        for (const row of rows) {
          const hash = chainHash(previousHash, row.id, chainedFieldsOf(row));
          ids.push(row.id.toString());
          prevs.push(previousHash);
          hashes.push(hash);
          previousHash = hash;
          cursor = row.id;
        }
        await tx.$executeRaw`
          UPDATE audit_event a SET prev_hash = u.prev, hash = u.hash
          FROM unnest(${ids}::bigint[], ${prevs}::text[], ${hashes}::text[]) AS u(id, prev, hash) WHERE a.id = u.id`;
        events += rows.length;
      }
      await tx.$executeRawUnsafe(`ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_update_or_delete`);
      await tx.auditChain.upsert({ where: { id: 1 }, create: { id: 1, ...chain }, update: { ...chain, legacyHeadHash: null, legacyHeadEventId: null } });
      await recordAudit(tx, {
        actor: null,
        action: "audit.rechain",
        entityType: "AuditEvent",
        entityId: last.id.toString(),
        after: { chainId: chain.chainId, keyId: chain.keyId, events, legacyThrough: last.id.toString(), legacyVerified: true },
      });
    },
    { timeout: 600_000, maxWait: 60_000 },
  );
  return { state: "rechained", chainId: chain.chainId, events };
}

/** The SHA-256 chain of before the key, from 64 zeros to its recorded head (or, with none, the last row). */
async function verifyLegacyTrail(db: Db, headHash: string | null, headId: bigint | null): Promise<{ ok: true } | { ok: false; brokenId: bigint }> {
  let previousHash = LEGACY_GENESIS_HASH;
  let cursor = 0n;
  for (;;) {
    const rows = await db.auditEvent.findMany({ where: { id: { gt: cursor } }, orderBy: { id: "asc" }, take: 2_000 });
    for (const row of rows) {
      if (row.prevHash !== previousHash || row.hash !== legacyChainHash(previousHash, chainedFieldsOf(row))) return { ok: false, brokenId: row.id };
      previousHash = row.hash;
      cursor = row.id;
    }
    if (rows.length < 2_000) break;
  }
  // Rows after the old head were never chained by the old writer; a head ahead of the rows means deleted events.
  if (headHash !== null && (headHash !== previousHash || (headId !== null && headId !== cursor))) return { ok: false, brokenId: headId ?? cursor };
  return { ok: true };
}
