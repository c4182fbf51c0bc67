import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { canonicalRequest, parseTimestamp, sha256Hex, signatureMatches, signedHeaders, signRequest, withinClockWindow } from "@/lib/fraud/decisions/signing";

const parts = { method: "post", path: "/api/v1/decisions", timestamp: "1764768000", nonce: "n-0123456789abcdef", body: '{"a":1}' };

describe("decision request signing", () => {
  it("signs method, path, timestamp, nonce and the body's SHA-256, one per line", () => {
    expect(canonicalRequest(parts)).toBe(`POST\n/api/v1/decisions\n1764768000\nn-0123456789abcdef\n${sha256Hex('{"a":1}')}`);
    expect(signRequest("s3cret", parts)).toBe(createHmac("sha256", "s3cret").update(canonicalRequest(parts)).digest("hex"));
  });

  it("accepts the signature in hex or base64, and nothing that differs in any part", () => {
    const hex = signRequest("s3cret", parts);
    const b64 = Buffer.from(hex, "hex").toString("base64");
    expect(signatureMatches("s3cret", parts, hex)).toBe(true);
    expect(signatureMatches("s3cret", parts, hex.toUpperCase())).toBe(true);
    expect(signatureMatches("s3cret", parts, b64)).toBe(true);
    expect(signatureMatches("s3cret", parts, Buffer.from(hex, "hex").toString("base64url"))).toBe(true);
    expect(signatureMatches("other", parts, hex)).toBe(false);
    expect(signatureMatches("s3cret", { ...parts, body: '{"a":2}' }, hex)).toBe(false);
    expect(signatureMatches("s3cret", { ...parts, path: "/api/v1/decisionz" }, hex)).toBe(false);
    expect(signatureMatches("s3cret", { ...parts, nonce: "n-0123456789abcdeX" }, hex)).toBe(false);
    expect(signatureMatches("s3cret", parts, "zz")).toBe(false);
    expect(signatureMatches("s3cret", parts, hex.slice(0, 62))).toBe(false);
  });

  it("reads unix seconds and RFC 3339 timestamps, and keeps a five-minute window either way", () => {
    expect(parseTimestamp("1764768000")?.toISOString()).toBe("2025-12-03T13:20:00.000Z");
    expect(parseTimestamp("2026-12-03T21:00:00+08:00")?.toISOString()).toBe("2026-12-03T13:00:00.000Z");
    expect(parseTimestamp("2026-12-03T13:00:00.123Z")?.toISOString()).toBe("2026-12-03T13:00:00.123Z");
    expect(parseTimestamp("2026-12-03T13:00:00")).toBeNull();
    expect(parseTimestamp("yesterday")).toBeNull();
    const now = new Date("2026-12-03T13:00:00Z");
    expect(withinClockWindow(new Date("2026-12-03T12:55:00Z"), now)).toBe(true);
    expect(withinClockWindow(new Date("2026-12-03T13:05:00Z"), now)).toBe(true);
    expect(withinClockWindow(new Date("2026-12-03T12:54:59Z"), now)).toBe(false);
    expect(withinClockWindow(new Date("2026-12-03T13:05:01Z"), now)).toBe(false);
  });

  it("builds every header a client sends", () => {
    const headers = signedHeaders({ keyId: "wc_live_x", secret: "s3cret", body: "{}", timestamp: "1764768000", nonce: "n-0123456789abcdef", idempotencyKey: "k1" });
    expect(headers).toMatchObject({ "x-client-id": "wc_live_x", "x-timestamp": "1764768000", "x-nonce": "n-0123456789abcdef", "idempotency-key": "k1" });
    expect(signatureMatches("s3cret", { method: "POST", path: "/api/v1/decisions", timestamp: "1764768000", nonce: "n-0123456789abcdef", body: "{}" }, headers["x-signature"]!)).toBe(true);
  });
});
