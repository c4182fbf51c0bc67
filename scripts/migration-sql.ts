// Generates migration SQL from prisma/schema.prisma with the Prisma 6 CLI's WASM schema engine, because
// Prisma 7's engine is a native binary these machines cannot download (see docs/architecture.md).
//   node --import tsx scripts/migration-sql.ts new <name>   writes prisma/migrations/<timestamp>_<name>/
//   node --import tsx scripts/migration-sql.ts full         prints the SQL of the whole schema from empty
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = process.cwd();
const schemaPath = path.join(root, "prisma", "schema.prisma");
const snapshotPath = path.join(root, "prisma", "migrations", "schema.snapshot.prisma");
const prisma6 = path.join(root, "node_modules", "prisma6", "build", "index.js");

/** Prisma 6 wants a url in the datasource, which Prisma 7 forbids: work on a copy. */
function prisma6Copy(source: string, work: string, name: string): string {
  const text = readFileSync(source, "utf8").replace(
    /datasource db \{\s*provider\s*=\s*"postgresql"\s*\}/,
    'datasource db {\n  provider = "postgresql"\n  url = env("DATABASE_URL")\n}',
  );
  const target = path.join(work, name);
  writeFileSync(target, text);
  return target;
}

export function schemaDiffSql(fromSchema: string | null, toSchema: string): string {
  // Inside the project so that the config file resolves the project's node_modules.
  const cache = path.join(root, "node_modules", ".cache");
  mkdirSync(cache, { recursive: true });
  const work = mkdtempSync(path.join(cache, "migration-sql-"));
  const config = path.join(work, "prisma6.config.ts");
  writeFileSync(
    config,
    `import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
export default {
  experimental: { adapter: true },
  engine: "js",
  adapter: async () => new PrismaPGlite(new PGlite()),
};
`,
  );
  const from = fromSchema ? ["--from-schema-datamodel", prisma6Copy(fromSchema, work, "from.prisma")] : ["--from-empty"];
  const sql = execFileSync(
    process.execPath,
    [prisma6, "migrate", "diff", "--config", config, ...from, "--to-schema-datamodel", prisma6Copy(toSchema, work, "to.prisma"), "--script"],
    {
      cwd: root,
      encoding: "utf8",
      env: {
        ...process.env,
        DATABASE_URL: "postgres://unused",
        PRISMA_SCHEMA_ENGINE_BINARY: "/bin/false",
        PRISMA_QUERY_ENGINE_LIBRARY: "/bin/false",
        PRISMA_HIDE_UPDATE_MESSAGE: "1",
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  rmSync(work, { recursive: true, force: true });
  // Without the JS engine Prisma 6 prints nothing and exits 0; an empty diff is never a silent success.
  if (!sql.trim()) throw new Error("prisma migrate diff printed nothing");
  return sql;
}

function main() {
  const [command, name] = process.argv.slice(2);
  if (command === "full") {
    process.stdout.write(schemaDiffSql(null, schemaPath));
    return;
  }
  if (command === "new" && name && /^[a-z0-9_]+$/.test(name)) {
    const sql = schemaDiffSql(existsSync(snapshotPath) ? snapshotPath : null, schemaPath);
    if (sql.includes("-- This is an empty migration.")) {
      console.log("schema.prisma has not changed since the last migration");
      return;
    }
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const dir = path.join(root, "prisma", "migrations", `${stamp}_${name}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, "migration.sql"), sql);
    copyFileSync(schemaPath, snapshotPath);
    console.log(`wrote ${path.relative(root, dir)}/migration.sql`);
    return;
  }
  console.error("usage: migration-sql.ts new <snake_case_name> | full");
  process.exit(2);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
