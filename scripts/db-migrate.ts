// npm run db:migrate - applies prisma/migrations to DATABASE_URL, or to the embedded database.
import { migrate } from "@/lib/db/migrate";
import { openScriptDatabase } from "@/lib/db/script-database";

const database = await openScriptDatabase();
try {
  const applied = await migrate(database.url);
  console.log(applied.length ? `applied ${applied.join(", ")}` : "database is up to date");
} finally {
  await database.stop();
}
