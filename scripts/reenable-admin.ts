// npm run staff:reenable-admin -- --email admin@wallet.bank --reason "…" - re-enables one administrator that
// the dormancy job disabled, when no administrator is left active to do it in the console
// (lib/staff/dormant.ts). Needs the database's credentials; recorded in the audit trail with the operator's
// login name and the reason. Exit 0: re-enabled. Exit 1: refused (says why). Exit 2: could not run.
import { userInfo } from "node:os";
import { parseArgs } from "node:util";
import { createPrismaClient } from "@/lib/db/client";
import { openScriptDatabase } from "@/lib/db/script-database";
import { DORMANT_DAYS, reenableDormantAdministrator, type BreakGlassRefusal } from "@/lib/staff/dormant";

const REFUSALS: Record<BreakGlassRefusal, string> = {
  "not-found": "no staff account has that email",
  "not-admin": "that account is not an administrator",
  active: "that account is active already",
  "not-dormant": "that account was not disabled by the dormancy job: an administrator decides in the console",
  "admin-available": "another administrator is active: they re-enable accounts in the console (/admin/staff)",
};

const { values } = parseArgs({ options: { email: { type: "string" }, reason: { type: "string" } } });
const reason = values.reason?.trim() ?? "";
if (!values.email || reason.length < 5) {
  console.error('usage: npm run staff:reenable-admin -- --email <admin email> --reason "<why, at least 5 characters>"');
  process.exit(2);
}

const database = await openScriptDatabase();
const db = createPrismaClient(database.url);
try {
  const result = await reenableDormantAdministrator(db, { email: values.email.trim().toLowerCase(), reason, operator: userInfo().username });
  if (result.ok) console.log(`re-enabled ${values.email} (${result.id}); they can sign in now and have ${DORMANT_DAYS} days to do so`);
  else {
    console.log(`refused: ${REFUSALS[result.refusal]}`);
    process.exitCode = 1;
  }
} catch (error) {
  console.error("the administrator could not be re-enabled:", error);
  process.exitCode = 2;
} finally {
  await db.$disconnect();
  await database.stop();
}
