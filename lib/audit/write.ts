// The one writer of the audit trail. Called inside the Prisma transaction of the change it records, so the
// change and its audit event commit or roll back together. Writers take the chain head's row lock, which
// orders events one after another on any Postgres.
import type { Prisma } from "@/lib/generated/prisma/client";
import { maskPersonalData } from "@/lib/privacy/mask";
import { chainHash, toAuditJson, type ChainedFields } from "@/lib/audit/hash";

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

type AuditWriter = Pick<Prisma.TransactionClient, "$queryRaw" | "auditEvent" | "auditChainHead">;

export async function recordAudit(tx: AuditWriter, input: AuditInput): Promise<bigint> {
  const [head] = await tx.$queryRaw<{ last_hash: string }[]>`SELECT last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE`;
  if (!head) throw new Error("audit_chain_head is missing: run the migrations");
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
  const hash = chainHash(head.last_hash, fields);
  const event = await tx.auditEvent.create({
    data: {
      ...fields,
      before: fields.before === null ? undefined : (fields.before as Prisma.InputJsonValue),
      after: fields.after === null ? undefined : (fields.after as Prisma.InputJsonValue),
      prevHash: head.last_hash,
      hash,
    },
    select: { id: true },
  });
  await tx.auditChainHead.update({ where: { id: 1 }, data: { lastHash: hash, lastEventId: event.id } });
  return event.id;
}
