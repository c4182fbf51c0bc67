// npm run db:serve - serves the embedded database on its own (for scripts, benchmarks or a psql session)
// until stopped. Prints the connection URL.
import { startEmbeddedDatabase } from "@/lib/db/embedded";
import { env } from "@/lib/env";

const database = await startEmbeddedDatabase({ dataDir: env.EMBEDDED_DB_DIR, port: env.EMBEDDED_DB_PORT });
if (!database.owned) {
  console.log(`already served by another process: ${database.url}`);
  process.exit(0);
}
console.log(`DATABASE_URL=${database.url}`);
const stop = async () => {
  await database.stop();
  process.exit(0);
};
process.on("SIGINT", () => void stop());
process.on("SIGTERM", () => void stop());
