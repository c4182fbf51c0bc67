// npm run audit:checkpoint - verifies the audit trail since the last checkpoint and appends a signed
// checkpoint of its head to AUDIT_CHECKPOINT_DIR (the console also writes one every few minutes).
// Prints the checkpoint line, for an auditor to keep elsewhere. Exit 0: written. Exit 1: the trail is
// broken, so no checkpoint was written. Exit 2: could not run.
import { writeCheckpoint, checkpointFile } from "@/lib/audit/checkpoint";
import { findingText } from "@/lib/audit/finding-text";
import { createPrismaClient } from "@/lib/db/client";
import { openScriptDatabase } from "@/lib/db/script-database";

const database = await openScriptDatabase();
const db = createPrismaClient(database.url);
try {
  const result = await writeCheckpoint(db);
  if (result.written) {
    console.log(`checkpoint #${result.checkpoint.sequence} appended to ${checkpointFile(result.checkpoint.chain)}`);
    console.log(JSON.stringify(result.checkpoint));
  } else if (result.reason === "broken") {
    console.log("audit trail BROKEN, no checkpoint written:");
    for (const finding of result.verdict.findings) console.log(`  - ${findingText(finding)}`);
    process.exitCode = 1;
  } else {
    console.log("the audit trail is empty: nothing to checkpoint");
  }
} catch (error) {
  console.error("could not write an audit checkpoint:", error instanceof Error ? error.message : error);
  process.exitCode = 2;
} finally {
  await db.$disconnect();
  await database.stop();
}
