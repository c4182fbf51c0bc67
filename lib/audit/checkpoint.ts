// Signed checkpoints of the audit chain's head, kept outside the database: one JSON line per checkpoint
// appended to <AUDIT_CHECKPOINT_DIR>/<chain id>.jsonl (and shown on /audit for an auditor to copy). A
// checkpoint says "event #N existed with this hash at this time" under the audit key, so whoever deletes
// events at the end of the trail, even as superuser with the triggers off, is caught by the next check.
// A checkpoint is only written after the chain verified since the previous checkpoint, so it never
// blesses a trail that was already tampered with.
import { appendFileSync, existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import canonicalize from "canonicalize";
import type { Db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { auditKeyId, auditMac } from "@/lib/audit/key";
import { verifyAuditChain, type ChainVerdict } from "@/lib/audit/verify";

export interface AuditCheckpoint {
  /** The chain id (lib/audit/chain.ts) and the database it lives in. */
  chain: string;
  database: string;
  /** The id of the newest event, and its hash. */
  sequence: string;
  hash: string;
  at: string;
  keyId: string;
  /** HMAC-SHA256 under the audit key over all of the above. */
  mac: string;
}

export function checkpointDir(): string {
  return path.resolve(process.cwd(), env.AUDIT_CHECKPOINT_DIR);
}

export function checkpointFile(chainId: string): string {
  if (!/^[0-9a-f-]{36}$/.test(chainId)) throw new Error(`not a chain id: ${chainId}`);
  return path.join(checkpointDir(), `${chainId}.jsonl`);
}

function checkpointMac(checkpoint: Omit<AuditCheckpoint, "mac">): string {
  const { chain, database, sequence, hash, at, keyId } = checkpoint;
  return auditMac("wallet-console audit checkpoint ", canonicalize({ chain, database, sequence, hash, at, keyId })!);
}

export function checkpointIsSigned(checkpoint: AuditCheckpoint): boolean {
  return checkpoint.mac === checkpointMac(checkpoint);
}

/** The newest checkpoint of a chain, or null when none was written yet. Signature not checked here. */
export function latestCheckpoint(chainId: string): AuditCheckpoint | null {
  const file = checkpointFile(chainId);
  if (!existsSync(file)) return null;
  const lines = readFileSync(file, "utf8").split("\n").filter((line) => line.trim() !== "");
  const last = lines.at(-1);
  return last ? (JSON.parse(last) as AuditCheckpoint) : null;
}

/** A reset (tests, demo) starts a new chain; the old chain's checkpoints describe a trail that is gone. */
export function forgetCheckpoints(chainId: string): void {
  rmSync(checkpointFile(chainId), { force: true });
}

export type CheckpointResult =
  | { written: true; checkpoint: AuditCheckpoint }
  | { written: false; reason: "unchanged" | "empty"; checkpoint: AuditCheckpoint | null }
  | { written: false; reason: "broken"; verdict: ChainVerdict };

/**
 * Verifies the chain from the previous checkpoint on, then appends a checkpoint of the newest event.
 * `onlyIfGrown` (the scheduled job) skips writing when nothing was added since the last checkpoint.
 */
export async function writeCheckpoint(db: Db, options: { onlyIfGrown?: boolean } = {}): Promise<CheckpointResult> {
  const verdict = await verifyAuditChain(db, { fromCheckpoint: true });
  if (!verdict.ok) return { written: false, reason: "broken", verdict };
  if (!verdict.chainId || verdict.lastId === null || verdict.lastHash === null) return { written: false, reason: "empty", checkpoint: null };
  const previous = latestCheckpoint(verdict.chainId);
  if (options.onlyIfGrown && previous?.sequence === verdict.lastId) return { written: false, reason: "unchanged", checkpoint: previous };
  const [{ database }] = (await db.$queryRaw<{ database: string }[]>`SELECT current_database() AS database`) as [{ database: string }];
  const unsigned = { chain: verdict.chainId, database, sequence: verdict.lastId, hash: verdict.lastHash, at: new Date().toISOString(), keyId: auditKeyId() };
  const checkpoint: AuditCheckpoint = { ...unsigned, mac: checkpointMac(unsigned) };
  mkdirSync(checkpointDir(), { recursive: true, mode: 0o700 });
  // One short line per append: O_APPEND keeps lines from several processes whole.
  appendFileSync(checkpointFile(verdict.chainId), JSON.stringify(checkpoint) + "\n", { mode: 0o600 });
  return { written: true, checkpoint };
}
