// The one writer of the audit trail. Called inside the Prisma transaction of the change it records, so the
// change and its audit event commit or roll back together.
// Writers serialise on a transaction-scoped advisory lock, then read the newest event: its hash is the
// next event's previous hash and its id + 1 the next id, so ids have no gaps and a missing event shows.
// Nothing is ever updated, so the console's database role needs only INSERT and SELECT on the audit tables.
// (Read committed, the default, is required: each statement after the lock sees the previous writer's row.)
import type { Prisma } from "@/lib/generated/prisma/client";
import { maskPersonalData } from "@/lib/privacy/records";
import { chainHash, genesisHash, toAuditJson, type ChainedFields } from "@/lib/audit/hash";

export interface AuditActor {
  id: string | null;
  email: string | null;
}

export interface RequestMeta {
  ip: string | null;
  userAgent: string | null;
}

export interface AuditInput {
  actor: AuditActor | null;
  action: string;
  entityType: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
  outcome?: "SUCCESS" | "FAILURE";
  request?: RequestMeta | null;
}

/** Any number that no other advisory lock of the console uses: "audit" in ASCII. */
export const AUDIT_WRITER_LOCK = 0x6175646974;

type AuditWriter = Pick<Prisma.TransactionClient, "$queryRaw" | "auditEvent">;

export async function recordAudit(tx: AuditWriter, input: AuditInput): Promise<bigint> {
  await tx.$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock(${AUDIT_WRITER_LOCK}::bigint)`;
  const [tail] = await tx.$queryRaw<{ chain_id: string | null; last_id: bigint | null; last_hash: string | null }[]>`
    SELECT c.chain_id, e.id AS last_id, e.hash AS last_hash
    FROM audit_chain c LEFT JOIN LATERAL (SELECT id, hash FROM audit_event ORDER BY id DESC LIMIT 1) e ON true
    WHERE c.id = 1`;
  if (!tail?.chain_id) throw new Error("the audit chain is not set up: run `npm run db:migrate` with the migration login");
  const id = (tail.last_id ?? 0n) + 1n;
  const prevHash = tail.last_hash ?? genesisHash(tail.chain_id);
  const fields: ChainedFields = {
    // Millisecond precision, as timestamptz(3) stores it, so the hash can be recomputed from the row.
    createdAt: new Date(Math.floor(Date.now())),
    actorId: input.actor?.id ?? null,
    actorEmail: input.actor?.email ?? null,
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId ?? null,
    before: input.before === undefined ? null : toAuditJson(maskPersonalData(toAuditJson(input.before))),
    after: input.after === undefined ? null : toAuditJson(maskPersonalData(toAuditJson(input.after))),
    reason: input.reason ?? null,
    ip: input.request?.ip ?? null,
    userAgent: input.request?.userAgent?.slice(0, 512) ?? null,
    outcome: input.outcome ?? "SUCCESS",
  };
  await tx.auditEvent.create({
    data: {
      id,
      ...fields,
      before: fields.before === null ? undefined : (fields.before as Prisma.InputJsonValue),
      after: fields.after === null ? undefined : (fields.after as Prisma.InputJsonValue),
      prevHash,
      hash: chainHash(prevHash, id, fields),
    },
    select: { id: true },
  });
  return id;
}
