// Empties every table of the wallet schema (tests and `npm run seed -- --reset`); migrations stay applied.
import pg from "pg";

export async function truncateAll(connectionString: string): Promise<void> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const { rows } = await client.query<{ tablename: string }>(
      `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
    );
    if (rows.length === 0) return;
    const tables = rows.map((r) => r.tablename);
    await client.query("BEGIN");
    // The audit trail refuses TRUNCATE; only this reset (tests, --reset of demo data) lifts that, and only
    // inside its own transaction.
    if (tables.includes("audit_event")) await client.query(`ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_truncate`);
    await client.query(`TRUNCATE ${tables.map((t) => `"${t}"`).join(", ")} RESTART IDENTITY CASCADE`);
    if (tables.includes("audit_event")) await client.query(`ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_truncate`);
    if (tables.includes("audit_chain_head")) {
      await client.query(`INSERT INTO audit_chain_head (id, last_hash, last_event_id) VALUES (1, repeat('0', 64), NULL)`);
    }
    await client.query("COMMIT");
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
