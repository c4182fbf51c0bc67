// npm run db:migrate - applies prisma/migrations to the database at DATABASE_URL (or the embedded one) as
// the owner login DATABASE_MIGRATION_URL when it is set, sets up the keyed audit chain, and grants the
// runtime login of DATABASE_URL what the console needs (only SELECT and INSERT on the audit trail).
import { migrate } from "@/lib/db/migrate";
import { openScriptDatabase } from "@/lib/db/script-database";

const database = await openScriptDatabase();
try {
  const applied = await migrate(database.url);
  console.log(applied.length ? `applied ${applied.join(", ")}` : "database is up to date");
} finally {
  await database.stop();
}
