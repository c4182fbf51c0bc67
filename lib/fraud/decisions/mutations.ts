// API clients' administration: registering a client (its secret returned once, only a seed kept; keys.ts) and
// revoking one with a reason. Each is one transaction with its audit event; the secret never enters either.
import "server-only";
import type { Db } from "@/lib/db/client";
import { recordAudit, type RequestMeta } from "@/lib/audit/write";
import { conflict, notFound, wrongState } from "@/lib/actions/errors";
import type { StaffSession } from "@/lib/auth/session";
import { newClientKey } from "@/lib/fraud/decisions/keys";
import type { CreateApiClient, RevokeApiClient } from "@/lib/fraud/decisions/schemas";

export interface ApiClientActor {
  staff: StaffSession;
  request: RequestMeta;
}

const ENTITY = "ApiClient";

export interface ApiClientCreated {
  id: string;
  name: string;
  keyId: string;
  /** Shown to the administrator this once; the database keeps a seed it cannot sign with alone. */
  secret: string;
}

export async function createApiClient(db: Db, input: CreateApiClient, actor: ApiClientActor): Promise<ApiClientCreated> {
  const key = newClientKey();
  return db.$transaction(async (tx) => {
    const created = await tx.apiClient.create({
      data: { name: input.name, keyId: key.keyId, secretHash: key.stored, rateLimitPerMinute: input.rateLimitPerMinute, createdById: actor.staff.id },
      select: { id: true, name: true, keyId: true, rateLimitPerMinute: true, active: true },
    });
    await recordAudit(tx, { actor: actor.staff, action: "api-client.create", entityType: ENTITY, entityId: created.id, after: created, request: actor.request });
    return { id: created.id, name: created.name, keyId: created.keyId, secret: key.secret };
  });
}

export interface ApiClientRevoked {
  version: number;
}

export async function revokeApiClient(db: Db, input: RevokeApiClient, actor: ApiClientActor): Promise<ApiClientRevoked> {
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM api_client WHERE id = ${input.clientId} FOR UPDATE`;
    const client = await tx.apiClient.findUnique({ where: { id: input.clientId }, select: { id: true, keyId: true, active: true, version: true } });
    if (!client) throw notFound("apiClients.errors.notFound");
    // A revoked client stays revoked: there is no way back, only a new client with a new secret.
    if (!client.active) throw wrongState("apiClients.errors.alreadyRevoked");
    if (client.version !== input.version) throw conflict("apiClients.errors.conflict");
    const revokedAt = new Date();
    const updated = await tx.apiClient.update({
      where: { id: client.id },
      data: { active: false, revokedAt, revokeReason: input.reason, version: { increment: 1 } },
      select: { version: true },
    });
    await recordAudit(tx, {
      actor: actor.staff,
      action: "api-client.revoke",
      entityType: ENTITY,
      entityId: client.id,
      before: { keyId: client.keyId, active: true },
      after: { keyId: client.keyId, active: false, revokedAt },
      reason: input.reason,
      request: actor.request,
    });
    return { version: updated.version };
  });
}
