// Applies prisma/migrations in Prisma's own folder format and bookkeeping, without Prisma's native schema
// engine (which these machines cannot download). The `_prisma_migrations` rows are written exactly as
// `prisma migrate deploy` writes them, so a database migrated here is accepted by Prisma on a normal machine.
// After every run, as the owner and key holder, it also sets up the audit chain (lib/audit/chain.ts) and
// the runtime role's grants (lib/db/runtime-role.ts): steps that must hold after any migration.
import { createHash, randomUUID } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { prepareAuditChain } from "@/lib/audit/chain";
import { createPrismaClient } from "@/lib/db/client";
import { grantRuntimeRole, ownerUrlFor } from "@/lib/db/runtime-role";

export const MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations");

const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((name) => statSync(path.join(dir, name)).isDirectory())
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

/**
 * Migrates the database the console reaches at `connectionString` (its runtime login), using the owner
 * login (DATABASE_MIGRATION_URL) when there is one. Returns the names of the migrations applied.
 */
export async function migrate(connectionString: string, dir = MIGRATIONS_DIR): Promise<string[]> {
  const owner = ownerUrlFor(connectionString);
  const applied = await applyMigrations(owner, dir);
  const db = createPrismaClient(owner);
  try {
    const chain = await prepareAuditChain(db);
    if (chain.state === "rechained") console.log(`[audit] re-chained ${chain.events} unkeyed audit events with the audit key (chain ${chain.chainId})`);
  } finally {
    await db.$disconnect();
  }
  const grant = await grantRuntimeRole(owner, connectionString);
  if (grant.state === "granted" && (grant.created || grant.reassigned)) {
    console.log(`[db] runtime role ${grant.role}: ${grant.created ? "created" : "objects it owned handed to the owner"}`);
  }
  return applied;
}

/** Applies every migration not yet applied, each in its own transaction. Returns the names applied. */
async function applyMigrations(connectionString: string, dir: string): Promise<string[]> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query(CREATE_MIGRATIONS_TABLE);
    const { rows } = await client.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
      `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`,
    );
    const applied = new Map(rows.map((row) => [row.migration_name, row]));
    const done: string[] = [];

    for (const migration of readMigrations(dir)) {
      const previous = applied.get(migration.name);
      if (previous) {
        if (!previous.finished_at) throw new Error(`migration ${migration.name} failed earlier; fix the database by hand`);
        if (previous.checksum !== migration.checksum) {
          throw new Error(`migration ${migration.name} was changed after it was applied (checksum differs)`);
        }
        continue;
      }
      const id = randomUUID();
      await client.query("BEGIN");
      try {
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count)
           VALUES ($1, $2, $3, now(), 0)`,
          [id, migration.checksum, migration.name],
        );
        await client.query(migration.sql);
        await client.query(
          `UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1`,
          [id],
        );
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw new Error(`migration ${migration.name} failed: ${(error as Error).message}`);
      }
      done.push(migration.name);
    }
    return done;
  } finally {
    await client.end();
  }
}
