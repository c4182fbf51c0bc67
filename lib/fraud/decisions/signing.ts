// How a decision request is signed, for both ends: the console checks with signatureMatches, a client (and the
// tests, the e2e journey and the benchmark) signs with signedHeaders. Pure node:crypto, no server imports.
import { createHash, createHmac, randomBytes, randomUUID, timingSafeEqual } from "node:crypto";

export const sha256Hex = (body: string | Buffer) => createHash("sha256").update(body).digest("hex");

export interface SignedParts {
  method: string;
  path: string;
  timestamp: string;
  nonce: string;
  body: string | Buffer;
}

/** What is signed: method, path, the X-Timestamp and X-Nonce headers as sent, and the body's SHA-256 (hex). */
export function canonicalRequest(parts: SignedParts): string {
  return `${parts.method.toUpperCase()}\n${parts.path}\n${parts.timestamp}\n${parts.nonce}\n${sha256Hex(parts.body)}`;
}

/** The X-Signature a client sends (hex; base64 is accepted too). */
export function signRequest(secret: string, parts: SignedParts): string {
  return createHmac("sha256", secret).update(canonicalRequest(parts)).digest("hex");
}

function signatureBytes(signature: string): Buffer | null {
  const text = signature.trim();
  if (/^[0-9a-fA-F]{64}$/.test(text)) return Buffer.from(text, "hex");
  if (/^[A-Za-z0-9+/_-]{43}=?$/.test(text)) {
    const bytes = Buffer.from(text.replace(/-/g, "+").replace(/_/g, "/"), "base64");
    return bytes.length === 32 ? bytes : null;
  }
  return null;
}

/** Constant-time comparison of the sent signature with the expected one. */
export function signatureMatches(secret: string, parts: SignedParts, signature: string): boolean {
  const sent = signatureBytes(signature);
  if (!sent) return false;
  const expected = createHmac("sha256", secret).update(canonicalRequest(parts)).digest();
  return timingSafeEqual(sent, expected);
}

/** X-Timestamp: unix seconds, or an RFC 3339 date-time with a zone. Null when it is neither. */
export function parseTimestamp(value: string): Date | null {
  const text = value.trim();
  if (/^\d{9,11}$/.test(text)) return new Date(Number(text) * 1000);
  if (!/^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d{1,9})?([Zz]|[+-]\d{2}:\d{2})$/.test(text)) return null;
  const at = new Date(text);
  return Number.isNaN(at.getTime()) ? null : at;
}

/** The clock window: a request signed more than this far from the server's clock is refused. */
export const CLOCK_WINDOW_SECONDS = 300;

export function withinClockWindow(at: Date, now: Date): boolean {
  return Math.abs(at.getTime() - now.getTime()) <= CLOCK_WINDOW_SECONDS * 1000;
}

export interface SignOptions {
  keyId: string;
  secret: string;
  body: string;
  path?: string;
  method?: string;
  /** Default: now, in unix seconds. */
  timestamp?: string;
  nonce?: string;
  idempotencyKey?: string;
}

/** Every header a signed decision request carries (content type included). */
export function signedHeaders(options: SignOptions): Record<string, string> {
  const method = options.method ?? "POST";
  const path = options.path ?? "/api/v1/decisions";
  const timestamp = options.timestamp ?? String(Math.floor(Date.now() / 1000));
  const nonce = options.nonce ?? randomBytes(16).toString("hex");
  return {
    "content-type": "application/json",
    "x-client-id": options.keyId,
    "x-timestamp": timestamp,
    "x-nonce": nonce,
    "idempotency-key": options.idempotencyKey ?? randomUUID(),
    "x-signature": signRequest(options.secret, { method, path, timestamp, nonce, body: options.body }),
  };
}
