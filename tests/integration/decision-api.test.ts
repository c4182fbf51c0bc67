// The decision API (issue 11 item 4): a correctly signed request gets an answer from the worker's own rules and
// one audit event; a bad signature, an old timestamp, a replayed nonce and a reused idempotency key with another
// body are each refused with a clear JSON error and write nothing; the same key and body get the stored answer
// without scoring again; the per-client rate limit is counted in the database.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "@/lib/db/client";
import { freshPopulation, testDb } from "@/tests/support/database";
import { demoSession } from "@/tests/support/staff";

vi.hoisted(() => {
  process.env.NEXTAUTH_SECRET ??= "decision-api-test-secret-of-at-least-32-chars";
});

const { answerDecisionRequest, DECISIONS_PATH } = await import("@/lib/fraud/decisions/answer");
const { createApiClient, revokeApiClient } = await import("@/lib/fraud/decisions/mutations");
const { signedHeaders } = await import("@/lib/fraud/decisions/signing");
const { decisionApiDocument } = await import("@/lib/fraud/decisions/openapi");
const { decisionRequestSchema } = await import("@/lib/fraud/decisions/schemas");
const { decide } = await import("@/lib/fraud/decisions/policy");
const { proposedTransaction } = await import("@/lib/fraud/decisions/scoring");
const { loadHistoryFor } = await import("@/lib/fraud/scoring/history");
const { activeRuleVersions } = await import("@/lib/fraud/scoring/versions");
const scoring = await import("@/lib/fraud/decisions/scoring");
const { proxy } = await import("@/proxy");
const { NextRequest } = await import("next/server");

const admin = { staff: demoSession("staff_admin"), request: { ip: "127.0.0.1", userAgent: "decision-api-test" } };
const meta = { ip: "10.1.2.3", userAgent: "wallet-app/1.0" };
const URL_ = `http://localhost${DECISIONS_PATH}`;

let db: Db;
let walletId: string;
let client: { id: string; keyId: string; secret: string };

beforeAll(async () => {
  db = testDb();
  await freshPopulation(db, { customers: 20, days: 3 });
  // An active wallet with some history of its own, so that the rules have something to compare with.
  const [wallet] = await db.$queryRaw<{ id: string }[]>`
    SELECT w.id FROM wallet w JOIN transaction t ON t.wallet_id = w.id
    WHERE w.status = 'ACTIVE' AND t.status = 'SUCCEEDED' GROUP BY w.id HAVING count(*) >= 5 ORDER BY w.id LIMIT 1`;
  walletId = wallet!.id;
  client = await createApiClient(db, { name: "钱包应用（测试）", rateLimitPerMinute: 1000 }, admin);
});
afterAll(async () => {
  await db.$disconnect();
});

function body(overrides: Record<string, unknown> = {}): string {
  return JSON.stringify({ walletId, type: "PAYMENT", amountFen: "12345", channel: "QR", merchantName: "全家便利店", mcc: "5411", deviceId: "dev-test-1", ip: "58.33.1.2", ...overrides });
}

function request(text: string, headers: Record<string, string>): Request {
  return new Request(URL_, { method: "POST", body: text, headers });
}

async function send(text: string, options: Partial<Parameters<typeof signedHeaders>[0]> = {}, who = client, now = new Date()) {
  const headers = signedHeaders({ keyId: who.keyId, secret: who.secret, body: text, ...options });
  const response = await answerDecisionRequest(db, request(text, headers), meta, now);
  return { response, json: (await response.json()) as Record<string, unknown>, headers };
}

/** What a refusal must leave alone: the decisions, the audit trail, and the client's rate counter. */
async function footprint() {
  const [requests, events, row] = await Promise.all([
    db.decisionRequest.count(),
    db.auditEvent.count(),
    db.apiClient.findUniqueOrThrow({ where: { id: client.id }, select: { rateWindowCount: true, lastUsedAt: true } }),
  ]);
  return { requests, events, ...row };
}

describe("decision API", () => {
  it("answers a signed request with the worker's own scoring, stores it and audits it once", async () => {
    const before = await footprint();
    const text = body();
    const { response, json, headers } = await send(text);
    expect(response.status).toBe(200);
    expect(json.decision).toMatch(/^(allow|review|block)$/);
    expect(typeof json.score).toBe("number");
    expect(Array.isArray(json.reasons)).toBe(true);
    expect(json.requestId).toEqual(expect.any(String));
    expect(response.headers.get("idempotent-replayed")).toBe("false");

    // The same answer the worker's code gives for this transaction.
    const parsed = decisionRequestSchema.parse(JSON.parse(text));
    const tx = proposedTransaction(parsed, new Date());
    const expected = await scoring.scoreProposal(db, tx);
    expect({ decision: json.decision, score: json.score, reasons: json.reasons }).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(await loadHistoryFor(db, walletId, tx.createdAt)).toBeTruthy();
    expect(await activeRuleVersions(db)).not.toHaveLength(0);

    const stored = await db.decisionRequest.findUniqueOrThrow({ where: { clientId_idempotencyKey: { clientId: client.id, idempotencyKey: headers["idempotency-key"]! } } });
    expect(stored).toMatchObject({ nonce: headers["x-nonce"], outcome: json.decision });
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "fraud.decision", entityId: json.requestId as string } });
    expect(event).toMatchObject({ actorId: null, actorEmail: `api-client:${client.keyId}`, entityType: "DecisionRequest", outcome: "SUCCESS", ip: "10.1.2.3" });
    expect(event.after).toMatchObject({ client: client.keyId, walletId, amountFen: "12345", decision: json.decision });
    const after = await footprint();
    expect(after.requests).toBe(before.requests + 1);
    expect(after.events).toBe(before.events + 1);
    expect(after.lastUsedAt).not.toBeNull();
  });

  it("decides by the one policy: a hit of the worker's rules is a reason with both languages", async () => {
    // Far above anything in the demo history: the amount rules must have something to say.
    const { json } = await send(body({ amountFen: "4999900", type: "TRANSFER_OUT", channel: "APP", counterpartyWalletId: null, merchantName: null, mcc: null, deviceId: "never-seen-device" }));
    expect(json.decision).not.toBe("allow");
    expect((json.reasons as { rule: string }[]).map((r) => r.rule)).toContain("NEW_DEVICE_HIGH_VALUE");
    const reasons = json.reasons as { rule: string; severity: string; score: number; explanation: Record<string, string> }[];
    const expected = decide(reasons.map((r) => ({ version: { code: r.rule, severity: r.severity as "LOW" }, hit: { score: r.score, explanation: r.explanation as never, transactionIds: [], facts: {} } })));
    expect(json.decision).toBe(expected.decision);
    for (const reason of reasons) {
      expect(reason.explanation["zh-CN"]).toMatch(/[\u4e00-\u9fff]/);
      expect(reason.explanation.en).toMatch(/[A-Za-z]/);
    }
  });

  it("accepts an RFC 3339 timestamp and a base64 signature", async () => {
    const text = body({ amountFen: 2000 });
    const timestamp = new Date().toISOString();
    const headers = signedHeaders({ keyId: client.keyId, secret: client.secret, body: text, timestamp });
    headers["x-signature"] = Buffer.from(headers["x-signature"]!, "hex").toString("base64");
    const response = await answerDecisionRequest(db, request(text, headers), meta);
    expect(response.status).toBe(200);
  });

  it("refuses a bad signature, writing nothing", async () => {
    const before = await footprint();
    const text = body();
    const headers = signedHeaders({ keyId: client.keyId, secret: client.secret, body: text });
    // Signed over another body: the signature no longer matches what arrives.
    const tampered = body({ amountFen: "99999999" });
    const response = await answerDecisionRequest(db, request(tampered, headers), meta);
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: "bad-signature", message: expect.stringContaining("X-Signature") });
    // Signed with another secret.
    const wrongKey = await send(text, { secret: "wcs_not-the-secret" });
    expect(wrongKey.response.status).toBe(401);
    expect(wrongKey.json.error).toBe("bad-signature");
    expect(await footprint()).toEqual(before);
  });

  it("refuses an old or future timestamp, writing nothing", async () => {
    const before = await footprint();
    const old = await send(body(), { timestamp: String(Math.floor(Date.now() / 1000) - 301) });
    expect(old.response.status).toBe(401);
    expect(old.json).toMatchObject({ error: "stale-timestamp" });
    const future = await send(body(), { timestamp: new Date(Date.now() + 6 * 60_000).toISOString() });
    expect(future.json).toMatchObject({ error: "stale-timestamp" });
    expect(await footprint()).toEqual(before);
  });

  it("refuses a replayed nonce, writing nothing", async () => {
    const text = body({ amountFen: "3100" });
    const first = await send(text, { nonce: "replay-nonce-0000000001" });
    expect(first.response.status).toBe(200);
    const before = await footprint();
    // The exact request again, and the nonce under another idempotency key and body.
    const replay = await answerDecisionRequest(db, request(text, first.headers), meta);
    expect(replay.status).toBe(409);
    expect(await replay.json()).toMatchObject({ error: "replayed-nonce" });
    const reused = await send(body({ amountFen: "3200" }), { nonce: "replay-nonce-0000000001" });
    expect(reused.response.status).toBe(409);
    expect(await footprint()).toEqual(before);
  });

  it("refuses an idempotency key reused with another body, writing nothing", async () => {
    const first = await send(body({ amountFen: "4100" }), { idempotencyKey: "order-4100" });
    expect(first.response.status).toBe(200);
    const before = await footprint();
    const other = await send(body({ amountFen: "4200" }), { idempotencyKey: "order-4100" });
    expect(other.response.status).toBe(422);
    expect(other.json).toMatchObject({ error: "idempotency-key-reused" });
    expect(await footprint()).toEqual(before);
  });

  it("answers the same key and body with the stored answer, without scoring or auditing again", async () => {
    const text = body({ amountFen: "5100" });
    const first = await send(text, { idempotencyKey: "order-5100" });
    const before = await footprint();
    // A retry: signed again (new nonce and timestamp), same key, same body.
    const again = await send(text, { idempotencyKey: "order-5100" });
    expect(again.response.status).toBe(200);
    expect(again.json).toEqual(first.json);
    expect(again.response.headers.get("idempotent-replayed")).toBe("true");
    // Scoring again would have made a new request id.
    const after = await footprint();
    expect(after.requests).toBe(before.requests);
    expect(after.events).toBe(before.events);
  });

  it("answers concurrent retries of one key once", async () => {
    const text = body({ amountFen: "6100" });
    const results = await Promise.all([1, 2, 3, 4].map(() => send(text, { idempotencyKey: "order-6100" })));
    expect(results.map((r) => r.response.status)).toEqual([200, 200, 200, 200]);
    expect(new Set(results.map((r) => r.json.requestId)).size).toBe(1);
    expect(await db.decisionRequest.count({ where: { clientId: client.id, idempotencyKey: "order-6100" } })).toBe(1);
    expect(await db.auditEvent.count({ where: { action: "fraud.decision", entityId: results[0]!.json.requestId as string } })).toBe(1);
  });

  it("limits each client's requests per minute, counted in the database, with Retry-After", async () => {
    const limited = await createApiClient(db, { name: "限流测试", rateLimitPerMinute: 3 }, admin);
    const now = new Date();
    const statuses: number[] = [];
    let last: Response | null = null;
    for (let i = 0; i < 4; i++) {
      const text = body({ amountFen: String(7000 + i) });
      last = (await send(text, {}, limited, now)).response;
      statuses.push(last.status);
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect(Number(last!.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(Number(last!.headers.get("retry-after"))).toBeLessThanOrEqual(60);
    // The count lives on the client's row, where every console instance increments it.
    expect(await db.apiClient.findUniqueOrThrow({ where: { id: limited.id }, select: { rateWindowCount: true } })).toEqual({ rateWindowCount: 4 });
    // The next minute starts afresh.
    const next = await send(body({ amountFen: "7999" }), { timestamp: String(Math.floor(now.getTime() / 1000) + 60) }, limited, new Date(now.getTime() + 60_000));
    expect(next.response.status).toBe(200);
  });

  it("refuses unknown and revoked clients, and malformed requests, writing nothing", async () => {
    const revoked = await createApiClient(db, { name: "将被吊销", rateLimitPerMinute: 10 }, admin);
    const row = await db.apiClient.findUniqueOrThrow({ where: { id: revoked.id }, select: { version: true } });
    await revokeApiClient(db, { clientId: revoked.id, version: row.version, reason: "密钥疑似泄露" }, admin);
    const revokedEvent = await db.auditEvent.findFirstOrThrow({ where: { action: "api-client.revoke", entityId: revoked.id } });
    expect(revokedEvent).toMatchObject({ actorId: "staff_admin", reason: "密钥疑似泄露" });
    const before = await footprint();

    expect((await send(body(), {}, revoked)).json).toMatchObject({ error: "client-revoked" });
    expect((await send(body(), {}, { ...client, keyId: "wc_live_000000000000000000000000" })).json).toMatchObject({ error: "unknown-client" });
    const missing = await answerDecisionRequest(db, request(body(), { "content-type": "application/json" }), meta);
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({ error: "missing-header", header: "x-client-id" });
    const invalid = await send(JSON.stringify({ walletId, type: "BRIBE", amountFen: -5 }));
    expect(invalid.response.status).toBe(400);
    expect(invalid.json).toMatchObject({ error: "invalid-body", fields: expect.arrayContaining(["type", "amountFen"]) });
    const notJson = await send("{not json");
    expect(notJson.json).toMatchObject({ error: "invalid-body" });
    const big = await send(JSON.stringify({ pad: "x".repeat(20_000) }));
    expect(big.response.status).toBe(413);
    const afterRefusals = await footprint();
    expect({ requests: afterRefusals.requests, events: afterRefusals.events }).toEqual({ requests: before.requests, events: before.events });

    const noWallet = await send(body({ walletId: "W99999999" }));
    expect(noWallet.response.status).toBe(422);
    expect(noWallet.json).toMatchObject({ error: "unknown-wallet" });
    expect((await footprint()).requests).toBe(before.requests);
  });

  it("never stores the secret, and the stored seed alone does not sign", async () => {
    const row = await db.apiClient.findUniqueOrThrow({ where: { id: client.id }, select: { secretHash: true } });
    expect(row.secretHash).not.toContain(client.secret);
    const [, seed] = row.secretHash.split(".");
    const text = body();
    const forged = signedHeaders({ keyId: client.keyId, secret: seed!, body: text });
    expect((await answerDecisionRequest(db, request(text, forged), meta)).status).toBe(401);
    const creation = await db.auditEvent.findFirstOrThrow({ where: { action: "api-client.create", entityId: client.id }, select: { before: true, after: true, reason: true } });
    expect(JSON.stringify(creation)).not.toContain(client.secret);
    expect(JSON.stringify(creation)).not.toContain(seed!);
  });

  it("reaches its handler through the proxy with its own headers: no session needed, X-Nonce not replaced by the CSP nonce", async () => {
    const response = await proxy(new NextRequest(URL_, { method: "POST", headers: { "x-nonce": "client-nonce-0123456789", "sec-fetch-mode": "cors" } }));
    expect(response.status).toBe(200);
    expect(response.headers.get("x-middleware-next")).toBe("1");
    // A request header the proxy rewrites travels as x-middleware-request-<name>; the client's nonce must not be one.
    expect(response.headers.get("x-middleware-request-x-nonce") ?? "client-nonce-0123456789").toBe("client-nonce-0123456789");
  });

  it("describes itself in OpenAPI 3.1 with the body's fields and every refusal", () => {
    const document = decisionApiDocument();
    expect(document.openapi).toBe("3.1.0");
    const schema = document.components.schemas.DecisionRequest;
    expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(decisionRequestSchema.shape).sort());
    const responses = document.paths["/api/v1/decisions"].post.responses as Record<string, { "x-error-codes"?: string[] }>;
    const codes = Object.values(responses).flatMap((r) => r["x-error-codes"] ?? []);
    expect(codes.sort()).toEqual(
      ["missing-header", "invalid-header", "body-too-large", "unknown-client", "client-revoked", "bad-signature", "stale-timestamp", "invalid-body", "unknown-wallet", "replayed-nonce", "idempotency-key-reused", "rate-limited"].sort(),
    );
  });
});
