// API clients' keys. A client is named by a public key id and signs every request with a secret it was shown
// once. The server keeps neither the secret nor anything a copy of the database alone could sign with: it
// keeps a random seed, and the secret is HMAC-SHA256(pepper, key id + seed), the pepper derived with HKDF
// from NEXTAUTH_SECRET. So the server can recompute the secret to check a signature (HMAC needs the key on
// both sides), while a leaked table yields nothing without the server's secret. docs/decision-api.md.
import { createHmac, hkdfSync, randomBytes } from "node:crypto";
import { env } from "@/lib/env";

export const KEY_ID_PREFIX = "wc_live_";
const STORED_VERSION = "v1";

let pepper: Buffer | null = null;
function serverPepper(): Buffer {
  if (!env.NEXTAUTH_SECRET) throw new Error("NEXTAUTH_SECRET is not set");
  pepper ??= Buffer.from(hkdfSync("sha256", env.NEXTAUTH_SECRET, "wallet-console", "api-client-secret-v1", 32));
  return pepper;
}

export function newKeyId(): string {
  return KEY_ID_PREFIX + randomBytes(12).toString("hex");
}

export interface NewClientKey {
  keyId: string;
  /** What the database keeps (ApiClient.secretHash): the seed, never the secret. */
  stored: string;
  /** Shown to the administrator once. */
  secret: string;
}

export function newClientKey(): NewClientKey {
  const keyId = newKeyId();
  const stored = `${STORED_VERSION}.${randomBytes(32).toString("base64url")}`;
  return { keyId, stored, secret: clientSecret(keyId, stored) };
}

// Recomputing costs one HMAC; a small map spares it on a busy client's every request.
const secrets = new Map<string, string>();

/** The signing secret of a client, from its key id and what the database keeps. */
export function clientSecret(keyId: string, stored: string): string {
  const cacheKey = `${keyId}:${stored}`;
  const cached = secrets.get(cacheKey);
  if (cached) return cached;
  const [version, seed] = stored.split(".");
  if (version !== STORED_VERSION || !seed) throw new Error("not a stored client key");
  const secret = "wcs_" + createHmac("sha256", serverPepper()).update(`${keyId}\0${seed}`).digest("base64url");
  if (secrets.size > 1000) secrets.clear();
  secrets.set(cacheKey, secret);
  return secret;
}
