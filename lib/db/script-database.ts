// How command-line scripts reach the database: DATABASE_URL when it is set, otherwise the embedded
// database (joining the server `npm start` runs, or serving the folder themselves while they work).
import { env } from "@/lib/env";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "@/lib/db/embedded";

export async function openScriptDatabase(): Promise<EmbeddedDatabase> {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, owned: false, stop: async () => {} };
  // Port 0: a script serving the folder itself must not take the port `npm start` would use.
  return startEmbeddedDatabase({ dataDir: env.EMBEDDED_DB_DIR, port: 0 });
}
