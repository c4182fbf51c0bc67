// The decision API's OpenAPI 3.1 description, written by hand beside the code it describes (the schema below
// follows schemas.ts and answer.ts; decision-api.test.ts checks that the two agree on the fields and errors).
import { TransactionChannel, TransactionType } from "@/lib/generated/prisma/enums";
import { CLOCK_WINDOW_SECONDS } from "@/lib/fraud/decisions/signing";
import { BLOCK_SCORE, DECISIONS } from "@/lib/fraud/decisions/policy";

const errorResponse = (description: string, codes: string[]) => ({
  description,
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" }, example: { error: codes[0], message: "…" } } },
  "x-error-codes": codes,
});

const header = (name: string, description: string, schema: Record<string, unknown> = { type: "string" }) => ({ name, in: "header", required: true, description, schema });

export function decisionApiDocument() {
  return {
    openapi: "3.1.0",
    info: {
      title: "Wallet Console decision API",
      version: "1.0.0",
      description:
        "Scores one proposed wallet transaction with the same fraud rules as the console's scoring worker and answers allow, review or block with the reasons. " +
        `Clients are registered by an administrator at /admin/api-clients; every request is signed with the client secret (HMAC-SHA256). Block: any CRITICAL rule hit or an overall score of ${BLOCK_SCORE} or more; review: any other hit.`,
    },
    servers: [{ url: "/" }],
    security: [{ clientId: [], signature: [] }],
    paths: {
      "/api/v1/decisions": {
        post: {
          operationId: "decide",
          summary: "Decide on one proposed transaction",
          parameters: [
            header("X-Client-Id", "The client's public key id (wc_live_…)."),
            header("X-Timestamp", `Unix seconds or an RFC 3339 date-time; refused when more than ${CLOCK_WINDOW_SECONDS} s from the server's clock.`),
            header("X-Nonce", "16-128 characters of [A-Za-z0-9._:-], never reused by the client.", { type: "string", pattern: "^[A-Za-z0-9._:-]{16,128}$" }),
            header("Idempotency-Key", "Same key and same body: the stored answer, without scoring again. Same key, other body: 422.", { type: "string", pattern: "^[A-Za-z0-9._:-]{1,128}$" }),
            header(
              "X-Signature",
              "Hex (or base64) HMAC-SHA256 with the client secret over METHOD + \"\\n\" + PATH + \"\\n\" + X-Timestamp + \"\\n\" + X-Nonce + \"\\n\" + hex(SHA-256(raw body)).",
            ),
          ],
          requestBody: { required: true, content: { "application/json": { schema: { $ref: "#/components/schemas/DecisionRequest" } } } },
          responses: {
            "200": {
              description: "The decision. `Idempotent-Replayed: true` when it is the stored answer to an earlier request with the same key.",
              headers: { "X-Request-Id": { schema: { type: "string" } }, "Idempotent-Replayed": { schema: { type: "string", enum: ["true", "false"] } } },
              content: { "application/json": { schema: { $ref: "#/components/schemas/Decision" } } },
            },
            "400": errorResponse("A header or the body is missing or malformed.", ["missing-header", "invalid-header", "invalid-body"]),
            "401": errorResponse("Not signed by a registered, active client, or signed too long ago.", ["unknown-client", "client-revoked", "bad-signature", "stale-timestamp"]),
            "409": errorResponse("The nonce was used before.", ["replayed-nonce"]),
            "413": errorResponse("The body is larger than 16 KiB.", ["body-too-large"]),
            "422": errorResponse("The idempotency key was used with another body, or the wallet does not exist.", ["idempotency-key-reused", "unknown-wallet"]),
            "429": {
              ...errorResponse("Over the client's requests per minute.", ["rate-limited"]),
              headers: { "Retry-After": { description: "Seconds until the next minute's window.", schema: { type: "integer" } } },
            },
          },
        },
      },
    },
    components: {
      securitySchemes: {
        clientId: { type: "apiKey", in: "header", name: "X-Client-Id" },
        signature: { type: "apiKey", in: "header", name: "X-Signature", description: "HMAC-SHA256 request signature; see the operation's parameters." },
      },
      schemas: {
        DecisionRequest: {
          type: "object",
          required: ["walletId", "type", "amountFen", "channel", "deviceId", "ip"],
          additionalProperties: false,
          properties: {
            walletId: { type: "string", description: "The paying or receiving wallet (W…)." },
            type: { type: "string", enum: Object.values(TransactionType) },
            amountFen: { description: "Amount in fen (1/100 yuan), a positive integer.", oneOf: [{ type: "integer", minimum: 1 }, { type: "string", pattern: "^[1-9][0-9]{0,17}$" }] },
            channel: { type: "string", enum: Object.values(TransactionChannel) },
            counterpartyWalletId: { type: ["string", "null"] },
            merchantName: { type: ["string", "null"], maxLength: 120 },
            mcc: { type: ["string", "null"], pattern: "^[0-9]{4}$" },
            country: { type: "string", pattern: "^[A-Z]{2}$", default: "CN", description: "ISO 3166-1 alpha-2 of the merchant or the counterparty's bank." },
            crossBorder: { type: "boolean", description: "Default: country is not CN." },
            deviceId: { type: "string", maxLength: 128 },
            ip: { type: "string", oneOf: [{ format: "ipv4" }, { format: "ipv6" }] },
            at: { type: "string", format: "date-time", description: "When the transaction happens; default: now." },
          },
        },
        Decision: {
          type: "object",
          required: ["decision", "score", "reasons", "requestId"],
          properties: {
            decision: { type: "string", enum: [...DECISIONS] },
            score: { type: "integer", minimum: 0, maximum: 100 },
            reasons: { type: "array", items: { $ref: "#/components/schemas/Reason" } },
            requestId: { type: "string", format: "uuid" },
          },
        },
        Reason: {
          type: "object",
          required: ["rule", "severity", "score", "explanation"],
          properties: {
            rule: { type: "string", description: "The rule's code (VELOCITY, AMOUNT_SPIKE, …)." },
            severity: { type: "string", enum: ["LOW", "MEDIUM", "HIGH", "CRITICAL"] },
            score: { type: "integer", minimum: 0, maximum: 100 },
            explanation: {
              type: "object",
              required: ["zh-CN", "en"],
              properties: { "zh-CN": { type: "string" }, en: { type: "string" } },
            },
          },
        },
        Error: {
          type: "object",
          required: ["error", "message"],
          properties: {
            error: { type: "string" },
            message: { type: "string" },
            header: { type: "string", description: "The header at fault (missing-header, invalid-header)." },
            fields: { type: "array", items: { type: "string" }, description: "The body fields at fault (invalid-body)." },
          },
        },
      },
    },
  };
}
