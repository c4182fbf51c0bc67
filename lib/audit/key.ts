// The audit chain's secret: every event hash, the chain's seal and every checkpoint are HMAC-SHA256 under
// this key, which never enters the database. Whoever holds the database but not the key (its owner, a
// superuser, a stolen backup) can change rows but cannot make them verify again.
// The key comes from AUDIT_HMAC_KEY or, when that is unset (the embedded demo, tests), from a file made
// once outside the database's folder. Scripts, tests and servers all run from the repository root, so they
// all find the same file.
import { createHmac, randomBytes } from "node:crypto";
import { linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { env } from "@/lib/env";

let cached: { key: Buffer; id: string } | null = null;

export function auditKeyFile(): string {
  return path.resolve(process.cwd(), env.AUDIT_HMAC_KEY_FILE);
}

function loadKey(): Buffer {
  if (env.AUDIT_HMAC_KEY) return Buffer.from(env.AUDIT_HMAC_KEY, "utf8");
  const file = auditKeyFile();
  try {
    return readKeyFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  // Written whole to a private temporary file, then linked into place: link refuses an existing name
  // (like open's "wx"), so two processes starting together both end up reading the one that won.
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString("hex")}`;
  writeFileSync(temporary, randomBytes(32).toString("base64url"), { flag: "wx", mode: 0o600 });
  try {
    linkSync(temporary, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  } finally {
    rmSync(temporary, { force: true });
  }
  return readKeyFile(file);
}

function readKeyFile(file: string): Buffer {
  const text = readFileSync(file, "utf8").trim();
  if (text.length < 32) throw new Error(`the audit key file ${file} is shorter than 32 characters`);
  return Buffer.from(text, "utf8");
}

function current(): { key: Buffer; id: string } {
  if (!cached) {
    const key = loadKey();
    cached = { key, id: createHmac("sha256", key).update("wallet-console audit key id").digest("hex").slice(0, 16) };
  }
  return cached;
}

/** HMAC-SHA256 under the audit key of the given parts, in order, as hex. */
export function auditMac(...parts: string[]): string {
  const mac = createHmac("sha256", current().key);
  for (const part of parts) mac.update(part);
  return mac.digest("hex");
}

/** A public fingerprint of the key, so a check run with the wrong key says so instead of "tampered". */
export function auditKeyId(): string {
  return current().id;
}
