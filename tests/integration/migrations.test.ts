import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "@/lib/db/embedded";
import { migrate, readMigrations } from "@/lib/db/migrate";
import { schemaDiffSql } from "@/scripts/migration-sql";

// Both sides are fresh embedded databases: drift is about schema.prisma against prisma/migrations, not
// about which server runs them.
let fromMigrations: EmbeddedDatabase;
let fromSchema: EmbeddedDatabase;

beforeAll(async () => {
  [fromMigrations, fromSchema] = await Promise.all([
    startEmbeddedDatabase({ dataDir: "memory://", port: 0 }),
    startEmbeddedDatabase({ dataDir: "memory://", port: 0 }),
  ]);
});

afterAll(async () => {
  await Promise.all([fromMigrations?.stop(), fromSchema?.stop()]);
});

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

/** Tables, columns, types, nullability, defaults, indexes, constraints and enums of the public schema. */
async function describeSchema(url: string) {
  const columns = await query(url, `
    SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default, character_maximum_length, numeric_precision, numeric_scale
    FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'
    ORDER BY table_name, column_name`);
  const indexes = await query(url, `
    SELECT tablename, indexname, indexdef FROM pg_indexes
    WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY tablename, indexname`);
  const constraints = await query(url, `
    SELECT c.conrelid::regclass::text AS table_name, c.conname, c.contype, pg_get_constraintdef(c.oid) AS definition
    FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
    WHERE n.nspname = 'public' AND c.conrelid::regclass::text <> '_prisma_migrations' ORDER BY 1, 2`);
  const enums = await query(url, `
    SELECT t.typname, string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) AS labels
    FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname ORDER BY t.typname`);
  return { columns, indexes, constraints, enums };
}

/** CHECK constraints the migrations add that Prisma's schema language cannot declare; each is asserted to exist. */
const CHECKS_BEYOND_THE_SCHEMA = ["promotion_spent_within_budget"];
/** Expression indexes the migrations add that Prisma's schema language cannot declare; each is asserted to exist. */
const INDEXES_BEYOND_THE_SCHEMA = ["regulatory_report_list_order_idx"];

describe("migrations", () => {
  it("build exactly the database that schema.prisma describes (no drift)", async () => {
    await migrate(fromMigrations.url);
    const client = new pg.Client({ connectionString: fromSchema.url });
    await client.connect();
    await client.query(schemaDiffSql(null, path.join(process.cwd(), "prisma", "schema.prisma")));
    await client.end();

    const [migrated, declared] = await Promise.all([describeSchema(fromMigrations.url), describeSchema(fromSchema.url)]);
    expect(migrated.columns.length).toBeGreaterThan(100);
    expect(migrated.columns).toEqual(declared.columns);
    const extraIndex = (i: Record<string, unknown>) => INDEXES_BEYOND_THE_SCHEMA.includes(String(i.indexname));
    expect(migrated.indexes.filter(extraIndex).map((i) => i.indexname)).toEqual(INDEXES_BEYOND_THE_SCHEMA);
    expect(migrated.indexes.filter((i) => !extraIndex(i))).toEqual(declared.indexes);
    const beyond = (c: Record<string, unknown>) => c.contype === "c" && CHECKS_BEYOND_THE_SCHEMA.includes(String(c.conname));
    expect(migrated.constraints.filter(beyond).map((c) => c.conname)).toEqual(CHECKS_BEYOND_THE_SCHEMA);
    expect(migrated.constraints.filter((c) => !beyond(c))).toEqual(declared.constraints);
    expect(migrated.enums).toEqual(declared.enums);
  });

  it("keep Prisma's bookkeeping, so `prisma migrate deploy` accepts the database", async () => {
    const rows = await query<{ migration_name: string; checksum: string; finished_at: Date | null; applied_steps_count: number; rolled_back_at: Date | null }>(
      fromMigrations.url,
      `SELECT migration_name, checksum, finished_at, applied_steps_count, rolled_back_at FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    const migrations = readMigrations();
    expect(rows.map((r) => r.migration_name)).toEqual(migrations.map((m) => m.name));
    for (const [i, row] of rows.entries()) {
      const sql = readFileSync(path.join(process.cwd(), "prisma", "migrations", row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
      expect(row.checksum).toBe(migrations[i]!.checksum);
      expect(row.finished_at).not.toBeNull();
      expect(row.rolled_back_at).toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }
  });

  it("apply nothing the second time", async () => {
    expect(await migrate(fromMigrations.url)).toEqual([]);
  });
});
