// Two logins on a real server: the owner (DATABASE_MIGRATION_URL) that migrations, seeding and resets
// use, and the console's runtime login (DATABASE_URL), which must not own anything. The runtime role may
// read and write ordinary tables, but only SELECT and INSERT on the audit trail (SELECT on its seal): it
// cannot UPDATE, DELETE, TRUNCATE, ALTER or disable the triggers of what it wrote. The grants are
// recomputed after every migrate, so tables added later are covered and a privilege granted by hand is
// taken back. The embedded database has no users (every connection is superuser): there, the audit key
// is the protection.
import pg from "pg";
import { env } from "@/lib/env";

/** What the runtime role may do on the audit and regulatory-record tables; every other table gets read and write. */
export const RESTRICTED_TABLE_PRIVILEGES: Record<string, string> = {
  audit_event: "SELECT, INSERT",
  audit_chain: "SELECT",
  // Regulatory reports are kept for years (a trigger refuses deleting them inside retention as well).
  regulatory_report: "SELECT, INSERT, UPDATE",
  // A draft STR's picked transactions may change; the trigger refuses it once the report is submitted.
  regulatory_report_transaction: "SELECT, INSERT, DELETE",
  regulatory_report_comment: "SELECT, INSERT",
  regulatory_export: "SELECT, INSERT",
};

/** The owner login for the database the console reaches at `url`. */
export function ownerUrlFor(url: string): string {
  return env.DATABASE_MIGRATION_URL && url === env.DATABASE_URL ? env.DATABASE_MIGRATION_URL : url;
}

const userOf = (url: string) => decodeURIComponent(new URL(url).username || "");

export type RuntimeGrant = { state: "same-login" } | { state: "granted"; role: string; created: boolean; reassigned: boolean };

export async function grantRuntimeRole(ownerUrl: string, runtimeUrl: string): Promise<RuntimeGrant> {
  const role = env.DATABASE_RUNTIME_ROLE ?? userOf(runtimeUrl);
  if (ownerUrl === runtimeUrl && !env.DATABASE_RUNTIME_ROLE) return { state: "same-login" };
  if (!role || role === userOf(ownerUrl)) return { state: "same-login" };

  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  const ident = client.escapeIdentifier(role);
  try {
    await client.query("BEGIN");
    const { rows: existing } = await client.query<{ rolsuper: boolean }>(`SELECT rolsuper FROM pg_roles WHERE rolname = $1`, [role]);
    let created = false;
    if (existing.length === 0) {
      const password = decodeURIComponent(new URL(runtimeUrl).password || "");
      await client.query(`CREATE ROLE ${ident} LOGIN${password ? ` PASSWORD ${client.escapeLiteral(password)}` : ""}`);
      created = true;
    } else if (existing[0]!.rolsuper) {
      throw new Error(`the runtime role ${role} is a superuser, so it could rewrite the audit trail: use an ordinary login for DATABASE_URL`);
    }
    // A database set up before the two logins existed is owned by what is now the runtime login: hand
    // its objects to the owner, or the runtime role could still alter the audit trail.
    const { rows: owned } = await client.query(`SELECT 1 FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner WHERE r.rolname = $1 LIMIT 1`, [role]);
    if (owned.length > 0) await client.query(`REASSIGN OWNED BY ${ident} TO CURRENT_USER`);

    const { rows: database } = await client.query<{ name: string }>(`SELECT current_database() AS name`);
    await client.query(`GRANT CONNECT ON DATABASE ${client.escapeIdentifier(database[0]!.name)} TO ${ident}`);
    await client.query(`GRANT USAGE ON SCHEMA public TO ${ident}`);
    await client.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${ident}`);
    await client.query(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM ${ident}`);
    const { rows: tables } = await client.query<{ tablename: string }>(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`);
    for (const { tablename } of tables) {
      const privileges = RESTRICTED_TABLE_PRIVILEGES[tablename] ?? "SELECT, INSERT, UPDATE, DELETE";
      await client.query(`GRANT ${privileges} ON TABLE public.${client.escapeIdentifier(tablename)} TO ${ident}`);
    }
    await client.query(`GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO ${ident}`);
    await client.query("COMMIT");
    return { state: "granted", role, created, reassigned: owned.length > 0 };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}
