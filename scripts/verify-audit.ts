// npm run audit:verify - recomputes the audit trail's hash chain. Exit 0: intact. Exit 1: broken, naming
// the first event that does not verify. Exit 2: the check could not run. For cron jobs and incident response.
import { verifyAuditChain } from "@/lib/audit/verify";
import { createPrismaClient } from "@/lib/db/client";
import { openScriptDatabase } from "@/lib/db/script-database";

const database = await openScriptDatabase();
const db = createPrismaClient(database.url);
try {
  const verdict = await verifyAuditChain(db);
  if (verdict.ok) {
    console.log(`audit trail intact: ${verdict.checked} events`);
  } else {
    console.log(`audit trail BROKEN at event #${verdict.brokenId} (${verdict.problem})`);
    console.log(`${verdict.checked} events before it verified; report this as a security incident and do not modify the database.`);
    process.exitCode = 1;
  }
} catch (error) {
  console.error("audit trail could not be verified:", error);
  process.exitCode = 2;
} finally {
  await db.$disconnect();
  await database.stop();
}
