// The environment, read and validated once. No other file reads process.env.
import { z } from "zod";

/** An empty variable counts as unset (`DATABASE_URL= npm start` means "embedded"). */
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** postgres://... of a real server; unset means the embedded PGlite (scripts/start.ts sets it for the app). */
  DATABASE_URL: optional(z.string().url()),
  /** Set by scripts/start.ts when it serves the embedded database, so the app knows it is the demo. */
  WALLET_EMBEDDED_DB: z.enum(["0", "1"]).default("0"),
  NEXTAUTH_SECRET: optional(z.string().min(32)),
  NEXTAUTH_URL: optional(z.string().url()),
  /** Connections per process; the embedded server accepts few in total. */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).optional(),
  /**
   * The owner login that migrate, seed and reset use (DATABASE_URL is then the console's runtime login,
   * which may only INSERT and SELECT on the audit tables). Unset: DATABASE_URL does both.
   */
  DATABASE_MIGRATION_URL: optional(z.string().url()),
  /** The runtime role db:migrate grants; default: the user of DATABASE_URL. */
  DATABASE_RUNTIME_ROLE: optional(z.string().regex(/^[a-z_][a-z0-9_]{0,62}$/)),
  /** The audit chain's HMAC key (32+ characters). Unset: a key generated once into AUDIT_HMAC_KEY_FILE. */
  AUDIT_HMAC_KEY: optional(z.string().min(32)),
  AUDIT_HMAC_KEY_FILE: z.string().default(".data/audit-hmac.key"),
  /** Where signed checkpoints of the audit chain head are appended, one JSON line each. */
  AUDIT_CHECKPOINT_DIR: z.string().default(".data/audit-checkpoints"),
  /** Minutes between scheduled checkpoints (written only when the trail has grown). */
  AUDIT_CHECKPOINT_MINUTES: z.coerce.number().int().min(1).max(1440).default(5),
  /** Where the embedded database keeps its files, and the local port it is served on. */
  EMBEDDED_DB_DIR: z.string().default(".data/pglite"),
  EMBEDDED_DB_PORT: z.coerce.number().int().min(0).max(65535).default(54329),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Second factor: "required" (the default outside the embedded demo) or "optional" (demo default). */
  WALLET_MFA: optional(z.enum(["required", "optional"])),
  /** Idle and absolute session limits (PCI DSS 8.2.8: at most 15 minutes idle). */
  SESSION_IDLE_SECONDS: z.coerce.number().int().min(10).max(900).default(900),
  SESSION_MAX_SECONDS: z.coerce.number().int().min(60).max(12 * 60 * 60).default(12 * 60 * 60),
  /** Where `next build` writes; separate folders let several test runs build side by side. */
  NEXT_DIST_DIR: z.string().default(".next"),
  /** First port of the two consoles the e2e run starts. */
  E2E_PORT_BASE: z.coerce.number().int().min(1024).max(65000).default(3100),
  /**
   * Proxies whose X-Forwarded-For is believed: addresses or CIDRs, comma-separated ("10.0.0.0/8, ::1").
   * Unset: none, and the client address is the socket's peer (lib/http/client-address.ts).
   */
  TRUSTED_PROXIES: z.string().default(""),
  /** The bank's staff email domain ("wallet.bank"); a failed sign-in's row keeps other typed emails masked. */
  STAFF_EMAIL_DOMAIN: optional(z.string().trim().toLowerCase().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/)),
});

export type Env = z.infer<typeof envSchema>;

export const env: Env = envSchema.parse(process.env);

export const isEmbeddedDatabase = env.WALLET_EMBEDDED_DB === "1";

/** Everyone needs a second factor, unless this is the embedded demo and nobody turned it on. */
export const mfaRequired = (env.WALLET_MFA ?? (isEmbeddedDatabase ? "optional" : "required")) === "required";

export function requireDatabaseUrl(): string {
  if (!env.DATABASE_URL) {
    throw new Error("DATABASE_URL is not set: start the console with `npm start`, which serves the embedded database");
  }
  return env.DATABASE_URL;
}
