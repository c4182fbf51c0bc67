// API clients' keys. A client is named by a public key id and signs every request with a secret it was shown
// once. The server keeps neither the secret nor anything a copy of the database alone could sign with: it
// keeps a random seed, and the secret is HMAC-SHA256(pepper, key id + seed), the pepper derived with HKDF
// from NEXTAUTH_SECRET. So the server can recompute the secret to check a signature (HMAC needs the key on
// both sides), while a leaked table yields nothing without the server's secret. docs/decision-api.md.
import { createHmac, hkdfSync, randomBytes } from "node:crypto";
import { env } from "@/lib/env";

export const KEY_ID_PREFIX = "wc_live_";
const STORED_VERSION = "v1";

const peppers = new Map<string, Buffer>();
/** `serverSecret`: the console's NEXTAUTH_SECRET; a benchmark or script that talks to another process passes that one's. */
function serverPepper(serverSecret = env.NEXTAUTH_SECRET): Buffer {
  if (!serverSecret) throw new Error("NEXTAUTH_SECRET is not set");
  let pepper = peppers.get(serverSecret);
  if (!pepper) {
    pepper = Buffer.from(hkdfSync("sha256", serverSecret, "wallet-console", "api-client-secret-v1", 32));
    peppers.set(serverSecret, pepper);
  }
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

export function newClientKey(serverSecret?: string): NewClientKey {
  const keyId = newKeyId();
  const stored = `${STORED_VERSION}.${randomBytes(32).toString("base64url")}`;
  return { keyId, stored, secret: clientSecret(keyId, stored, serverSecret) };
}

// Recomputing costs one HMAC; a small map spares it on a busy client's every request.
const secrets = new Map<string, string>();

/** The signing secret of a client, from its key id and what the database keeps. */
export function clientSecret(keyId: string, stored: string, serverSecret?: string): string {
  const cacheKey = `${keyId}:${stored}:${serverSecret ?? ""}`;
  const cached = secrets.get(cacheKey);
  if (cached) return cached;
  const [version, seed] = stored.split(".");
  if (version !== STORED_VERSION || !seed) throw new Error("not a stored client key");
  const secret = "wcs_" + createHmac("sha256", serverPepper(serverSecret)).update(`${keyId}\0${seed}`).digest("base64url");
  if (secrets.size > 1000) secrets.clear();
  secrets.set(cacheKey, secret);
  return secret;
}
