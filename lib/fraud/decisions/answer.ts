// POST /api/v1/decisions, step by step: who is asking (key id), is it really them (signature), is it fresh
// (clock window, nonce), is it the same question again (idempotency key), are they within their rate, then
// score and store the answer with its audit event in one transaction. Every refusal is a JSON error that
// writes nothing: no decision_request row and no audit event (the rate counter is the one write, and only
// for a correctly signed, fresh request). docs/decision-api.md describes the protocol for client authors.
import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { recordAudit, type RequestMeta } from "@/lib/audit/write";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AlertSeverity } from "@/lib/generated/prisma/enums";
import { machineActor } from "@/lib/fraud/decisions/actor";
import { clientSecret } from "@/lib/fraud/decisions/keys";
import { parseTimestamp, sha256Hex, signatureMatches, withinClockWindow, CLOCK_WINDOW_SECONDS } from "@/lib/fraud/decisions/signing";
import { DECISIONS, type Scored } from "@/lib/fraud/decisions/policy";
import { decisionRequestSchema, IDEMPOTENCY_KEY_PATTERN, NONCE_PATTERN, type DecisionRequestBody } from "@/lib/fraud/decisions/schemas";
import { proposedTransaction, scoreProposal } from "@/lib/fraud/decisions/scoring";

export const DECISIONS_PATH = "/api/v1/decisions";
/** A decision request is one small JSON object; anything bigger is refused unread. */
export const MAX_BODY_BYTES = 16 * 1024;

export type DecisionErrorCode =
  | "missing-header"
  | "invalid-header"
  | "body-too-large"
  | "unknown-client"
  | "client-revoked"
  | "bad-signature"
  | "stale-timestamp"
  | "invalid-body"
  | "unknown-wallet"
  | "replayed-nonce"
  | "idempotency-key-reused"
  | "rate-limited";

const STATUS: Record<DecisionErrorCode, number> = {
  "missing-header": 400,
  "invalid-header": 400,
  "body-too-large": 413,
  "unknown-client": 401,
  "client-revoked": 401,
  "bad-signature": 401,
  "stale-timestamp": 401,
  "invalid-body": 400,
  "unknown-wallet": 422,
  "replayed-nonce": 409,
  "idempotency-key-reused": 422,
  "rate-limited": 429,
};

const MESSAGES: Record<DecisionErrorCode, string> = {
  "missing-header": "A required header is missing.",
  "invalid-header": "A header is malformed.",
  "body-too-large": `The body is larger than ${MAX_BODY_BYTES} bytes.`,
  "unknown-client": "X-Client-Id names no registered client.",
  "client-revoked": "This client was revoked; ask the bank's administrator for a new one.",
  "bad-signature": "X-Signature does not match the request: sign METHOD\\nPATH\\nX-Timestamp\\nX-Nonce\\nhex(SHA-256(body)) with the client secret (HMAC-SHA256).",
  "stale-timestamp": `X-Timestamp is more than ${CLOCK_WINDOW_SECONDS} seconds away from the server's clock.`,
  "invalid-body": "The body is not a valid decision request.",
  "unknown-wallet": "walletId names no wallet.",
  "replayed-nonce": "This X-Nonce was already used by this client; sign every request with a new nonce.",
  "idempotency-key-reused": "This Idempotency-Key was already used with a different body.",
  "rate-limited": "Too many requests for this client in this minute.",
};

const HEADERS = { "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" } as const;

function refuse(code: DecisionErrorCode, extra: { fields?: string[]; header?: string; retryAfter?: number } = {}): Response {
  const headers: Record<string, string> = { ...HEADERS };
  if (extra.retryAfter !== undefined) headers["Retry-After"] = String(extra.retryAfter);
  const body: Record<string, unknown> = { error: code, message: MESSAGES[code] };
  if (extra.fields) body.fields = extra.fields;
  if (extra.header) body.header = extra.header;
  return Response.json(body, { status: STATUS[code], headers });
}

/** The answer as sent and as stored in decision_request.response (written below), which a replay reads back
 *  through this schema: parsed once, never cast. */
const decisionResponseSchema = z.object({
  decision: z.enum(DECISIONS),
  score: z.number(),
  reasons: z.array(z.object({ rule: z.string(), severity: z.enum(AlertSeverity), score: z.number(), explanation: z.object({ "zh-CN": z.string(), en: z.string() }) })),
  requestId: z.string(),
});
export type DecisionResponse = z.infer<typeof decisionResponseSchema>;

function answer(response: DecisionResponse, replayed: boolean): Response {
  return Response.json(response, { status: 200, headers: { ...HEADERS, "X-Request-Id": response.requestId, "Idempotent-Replayed": String(replayed) } });
}

const REQUIRED_HEADERS = ["x-client-id", "x-timestamp", "x-nonce", "idempotency-key", "x-signature"] as const;

async function readBody(request: Request): Promise<string | null> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_BODY_BYTES) return null;
  const text = await request.text();
  return Buffer.byteLength(text) > MAX_BODY_BYTES ? null : text;
}

function windowStart(now: Date): Date {
  return new Date(Math.floor(now.getTime() / 60_000) * 60_000);
}

/** One atomic UPDATE per request: every instance of the console counts on the same row. */
async function countRequest(db: Db, clientId: string, now: Date): Promise<{ allowed: boolean; retryAfter: number } | null> {
  const start = windowStart(now);
  const [row] = await db.$queryRaw<{ count: number; limit: number }[]>`
    UPDATE api_client SET
      rate_window_count = CASE WHEN rate_window_start = ${start} THEN rate_window_count + 1 ELSE 1 END,
      rate_window_start = ${start},
      last_used_at = ${now}
    WHERE id = ${clientId} AND active
    RETURNING rate_window_count AS count, rate_limit_per_minute AS "limit"`;
  if (!row) return null;
  const retryAfter = Math.max(1, Math.ceil((start.getTime() + 60_000 - now.getTime()) / 1000));
  return { allowed: row.count <= row.limit, retryAfter };
}

type Stored = { nonce: string; idempotencyKey: string; bodyHash: string; response: Prisma.JsonValue };

/** A stored answer, as the replay sends it again. */
function storedAnswer(stored: Stored): DecisionResponse {
  return decisionResponseSchema.parse(stored.response);
}

/**
 * A request already answered for this client with this nonce or this key, if any, and whether the wallet
 * exists: one round trip, since under load each one costs more than the work (docs/bench-fraud-decisions.md).
 */
async function earlier(db: Db, clientId: string, nonce: string, idempotencyKey: string, walletId: string): Promise<{ nonceUsed: boolean; sameKey: Stored | null; walletExists: boolean }> {
  const rows = await db.$queryRaw<{ wallet_exists: boolean; nonce: string | null; idempotency_key: string | null; body_hash: string | null; response: Prisma.JsonValue }[]>`
    SELECT w.wallet_exists, d.nonce, d.idempotency_key, d.body_hash, d.response
    FROM (SELECT EXISTS (SELECT 1 FROM wallet WHERE id = ${walletId}) AS wallet_exists) w
    LEFT JOIN decision_request d ON d.client_id = ${clientId} AND (d.nonce = ${nonce} OR d.idempotency_key = ${idempotencyKey})
    LIMIT 2`;
  const found = rows.filter((row) => row.nonce !== null).map((row) => ({ nonce: row.nonce!, idempotencyKey: row.idempotency_key!, bodyHash: row.body_hash!, response: row.response }));
  return {
    nonceUsed: found.some((row) => row.nonce === nonce),
    sameKey: found.find((row) => row.idempotencyKey === idempotencyKey) ?? null,
    walletExists: rows[0]?.wallet_exists ?? false,
  };
}

function auditedAfter(keyId: string, idempotencyKey: string, body: DecisionRequestBody, response: DecisionResponse) {
  return {
    client: keyId,
    idempotencyKey,
    walletId: body.walletId,
    type: body.type,
    channel: body.channel,
    amountFen: body.amountFen.toString(),
    decision: response.decision,
    score: response.score,
    rules: response.reasons.map((reason) => reason.rule),
  };
}

export async function answerDecisionRequest(db: Db, request: Request, meta: RequestMeta, now = new Date()): Promise<Response> {
  for (const name of REQUIRED_HEADERS) if (!request.headers.get(name)?.trim()) return refuse("missing-header", { header: name });
  const keyId = request.headers.get("x-client-id")!.trim();
  const timestamp = request.headers.get("x-timestamp")!.trim();
  const nonce = request.headers.get("x-nonce")!.trim();
  const idempotencyKey = request.headers.get("idempotency-key")!.trim();
  const signature = request.headers.get("x-signature")!.trim();
  if (!NONCE_PATTERN.test(nonce)) return refuse("invalid-header", { header: "x-nonce" });
  if (!IDEMPOTENCY_KEY_PATTERN.test(idempotencyKey)) return refuse("invalid-header", { header: "idempotency-key" });
  const signedAt = parseTimestamp(timestamp);
  if (!signedAt) return refuse("invalid-header", { header: "x-timestamp" });

  const raw = await readBody(request);
  if (raw === null) return refuse("body-too-large");

  const client = keyId.length <= 64 ? await db.apiClient.findUnique({ where: { keyId }, select: { id: true, keyId: true, secretHash: true, active: true } }) : null;
  if (!client) return refuse("unknown-client");
  const path = new URL(request.url).pathname;
  const parts = { method: request.method, path, timestamp, nonce, body: raw };
  if (!signatureMatches(clientSecret(client.keyId, client.secretHash), parts, signature)) return refuse("bad-signature");
  // Said only to whoever holds the secret: a stranger learns nothing about which key ids exist or were revoked.
  if (!client.active) return refuse("client-revoked");
  if (!withinClockWindow(signedAt, now)) return refuse("stale-timestamp");

  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return refuse("invalid-body", { fields: ["_"] });
  }
  const parsed = decisionRequestSchema.safeParse(json);
  if (!parsed.success) return refuse("invalid-body", { fields: [...new Set(parsed.error.issues.map((issue) => String(issue.path[0] ?? "_")))] });
  const body = parsed.data;
  const bodyHash = sha256Hex(raw);

  const seen = await earlier(db, client.id, nonce, idempotencyKey, body.walletId);
  if (seen.nonceUsed) return refuse("replayed-nonce");
  if (seen.sameKey && seen.sameKey.bodyHash !== bodyHash) return refuse("idempotency-key-reused");

  const rate = await countRequest(db, client.id, now);
  if (!rate) return refuse("client-revoked");
  if (!rate.allowed) return refuse("rate-limited", { retryAfter: rate.retryAfter });
  if (seen.sameKey) return answer(storedAnswer(seen.sameKey), true);

  if (!seen.walletExists) return refuse("unknown-wallet");
  const scored = await scoreProposal(db, proposedTransaction(body, now));
  const response: DecisionResponse = { ...(scored satisfies Scored), requestId: randomUUID() };

  try {
    await db.$transaction(async (tx) => {
      await tx.decisionRequest.create({
        data: { clientId: client.id, idempotencyKey, nonce, bodyHash, outcome: response.decision, response },
        select: { clientId: true },
      });
      await recordAudit(tx, {
        actor: machineActor(client.keyId),
        action: "fraud.decision",
        entityType: "DecisionRequest",
        entityId: response.requestId,
        after: auditedAfter(client.keyId, idempotencyKey, body, response),
        request: meta,
      });
    });
  } catch (error) {
    if ((error as { code?: string }).code !== "P2002") throw error;
    // Another request with this nonce or this key committed while we scored: answer as if it had come first.
    const again = await earlier(db, client.id, nonce, idempotencyKey, body.walletId);
    if (again.nonceUsed) return refuse("replayed-nonce");
    if (again.sameKey && again.sameKey.bodyHash !== bodyHash) return refuse("idempotency-key-reused");
    if (again.sameKey) return answer(storedAnswer(again.sameKey), true);
    throw error;
  }
  return answer(response, false);
}
