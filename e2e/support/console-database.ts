// The database of the console a spec runs against: scripts/start.ts writes its URL to a file named by the
// console's port, so a spec can point the live simulator (or its own checks) at the same data.
import { existsSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";

export function consoleDatabaseUrl(): string {
  const file = path.join(tmpdir(), `wallet-e2e-${Number(process.env.E2E_PORT_BASE ?? 3100)}.db-url`);
  if (!existsSync(file)) throw new Error(`the console did not write its database URL to ${file}`);
  return readFileSync(file, "utf8").trim();
}

/** Runs `run` with a client of the console's own database, closed afterwards: for a spec's checks and fixtures. */
export async function withConsoleDb<T>(run: (db: pg.Client) => Promise<T>): Promise<T> {
  const db = new pg.Client({ connectionString: consoleDatabaseUrl() });
  await db.connect();
  try {
    return await run(db);
  } finally {
    await db.end();
  }
}
