// npm run db:migrate - applies prisma/migrations to the database at DATABASE_URL (or the embedded one) as
// the owner login DATABASE_MIGRATION_URL when it is set, sets up the keyed audit chain, and grants the
// runtime login of DATABASE_URL what the console needs (only SELECT and INSERT on the audit trail).
import { backfillRollupsIfEmpty } from "@/lib/analytics/rollups/rebuild";
import { createPrismaClient } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import { openScriptDatabase } from "@/lib/db/script-database";

const database = await openScriptDatabase();
try {
  const applied = await migrate(database.url);
  console.log(applied.length ? `applied ${applied.join(", ")}` : "database is up to date");
  // A database that had transactions before the analytics rollups existed gets them once, from the raw rows.
  const db = createPrismaClient(database.url);
  try {
    await backfillRollupsIfEmpty(db, console.log);
  } finally {
    await db.$disconnect();
  }
} finally {
  await database.stop();
}
