// Seals short secrets with AES-256-GCM (Node's crypto), under keys derived from the session secret with
// HKDF, one key per purpose: TOTP secrets at rest (a copy of the database alone does not yield anyone's
// second factor), and search queries that must not travel in a URL as plain text.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { env } from "@/lib/env";

export type SealPurpose = "totp-secret-v1" | "customer-search-v1";

function key(purpose: SealPurpose): Buffer {
  if (!env.NEXTAUTH_SECRET) throw new Error("NEXTAUTH_SECRET is not set");
  return Buffer.from(hkdfSync("sha256", env.NEXTAUTH_SECRET, "wallet-console", purpose, 32));
}

export function seal(plaintext: string, purpose: SealPurpose = "totp-secret-v1"): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(purpose), iv);
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return ["v1", iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), body.toString("base64url")].join(".");
}

export function open(sealed: string, purpose: SealPurpose = "totp-secret-v1"): string {
  const [version, iv, tag, body] = sealed.split(".");
  if (version !== "v1" || !iv || !tag || !body) throw new Error("not a sealed secret");
  const decipher = createDecipheriv("aes-256-gcm", key(purpose), Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
}
