// npm run staff:disable-dormant - disables staff accounts without a sign-in for 90 days (lib/staff/dormant.ts),
// as the console's scheduler does daily; for cron on hosts that want the run on their own schedule.
import { createPrismaClient } from "@/lib/db/client";
import { openScriptDatabase } from "@/lib/db/script-database";
import { DORMANT_DAYS, disableDormantAccounts } from "@/lib/staff/dormant";

const database = await openScriptDatabase();
const db = createPrismaClient(database.url);
try {
  const { disabled } = await disableDormantAccounts(db);
  for (const account of disabled) console.log(`disabled ${account.email} (${account.id}): no sign-in since ${account.since}`);
  console.log(`${disabled.length} dormant account(s) disabled (no sign-in for ${DORMANT_DAYS} days)`);
} catch (error) {
  console.error("dormant accounts could not be checked:", error);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
  await database.stop();
}
