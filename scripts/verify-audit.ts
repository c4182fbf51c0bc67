// npm run audit:verify - checks the audit trail: the keyed hash chain to the last row, the chain's seal, the
// latest signed checkpoint and the append-only triggers, and names every attack it finds. Exit 0: intact.
// Exit 1: broken. Exit 2: the check could not run (no database, or not the key the chain was sealed with).
// For cron jobs and incident response.
import { AuditKeyMismatchError } from "@/lib/audit/chain";
import { findingText } from "@/lib/audit/finding-text";
import { verifyAuditChain } from "@/lib/audit/verify";
import { createPrismaClient } from "@/lib/db/client";
import { openScriptDatabase } from "@/lib/db/script-database";

const database = await openScriptDatabase();
const db = createPrismaClient(database.url);
try {
  const verdict = await verifyAuditChain(db);
  const against = verdict.checkpoint ? `; checkpoint #${verdict.checkpoint.sequence} of ${verdict.checkpoint.at} matches` : "; no checkpoint yet";
  if (verdict.ok) {
    console.log(`audit trail intact: ${verdict.checked} events${verdict.lastId ? ` up to #${verdict.lastId}` : ""}${against}`);
  } else {
    console.log(`audit trail BROKEN (chain ${verdict.chainId ?? "unknown"}):`);
    for (const finding of verdict.findings) console.log(`  - ${findingText(finding)}`);
    console.log(`${verdict.checked} events verified before the first break; report this as a security incident and do not modify the database.`);
    process.exitCode = 1;
  }
} catch (error) {
  console.error("audit trail could not be verified:", error instanceof AuditKeyMismatchError ? error.message : error);
  process.exitCode = 2;
} finally {
  await db.$disconnect();
  await database.stop();
}
