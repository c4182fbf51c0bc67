// Empties every table of the wallet schema (tests and `npm run seed -- --reset`); migrations stay applied.
// Needs the owner login (lifting the audit trail's TRUNCATE guard is the owner's right), so given the
// console's runtime URL it uses DATABASE_MIGRATION_URL. The emptied trail starts a new audit chain with a
// new id, and the old chain's checkpoints are forgotten: they describe a trail that no longer exists.
import pg from "pg";
import { newChainStatement } from "@/lib/audit/chain";
import { forgetCheckpoints } from "@/lib/audit/checkpoint";
import { ownerUrlFor } from "@/lib/db/runtime-role";

/** Configuration, not data: the reporting rules and the working-day calendar survive a reset. */
export const CONFIGURATION_TABLES = ["reporting_rule_set", "working_calendar_day"];

export async function truncateAll(connectionString: string): Promise<void> {
  const client = new pg.Client({ connectionString: ownerUrlFor(connectionString) });
  await client.connect();
  try {
    const { rows } = await client.query<{ tablename: string }>(
      `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
    );
    if (rows.length === 0) return;
    const tables = rows.map((r) => r.tablename).filter((t) => !CONFIGURATION_TABLES.includes(t));
    const oldChain = tables.includes("audit_chain")
      ? (await client.query<{ chain_id: string | null }>(`SELECT chain_id FROM audit_chain WHERE id = 1`)).rows[0]?.chain_id ?? null
      : null;
    await client.query("BEGIN");
    // The audit trail refuses TRUNCATE; only this reset (tests, --reset of demo data) lifts that, and only
    // inside its own transaction.
    if (tables.includes("audit_event")) await client.query(`ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_truncate`);
    await client.query(`TRUNCATE ${tables.map((t) => `"${t}"`).join(", ")} RESTART IDENTITY CASCADE`);
    if (tables.includes("audit_event")) await client.query(`ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_truncate`);
    if (tables.includes("audit_chain")) await client.query(newChainStatement());
    await client.query("COMMIT");
    if (oldChain) forgetCheckpoints(oldChain);
  } finally {
    await client.end();
  }
}

export async function isEmpty(connectionString: string): Promise<boolean> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM staff_user`);
    return rows[0]!.n === "0";
  } finally {
    await client.end();
  }
}
