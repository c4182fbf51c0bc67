// The embedded database under concurrent clients (issue 9, item 12): PGlite is one Postgres session, and
// the server in front of it must make every connection see what a connection to PostgreSQL would see.
// Several pg clients and a pool fire parameterised queries of different shapes (unnamed statements) and
// interactive transactions at once; every answer must be the asker's own, and a transaction's uncommitted
// rows must never be seen by, nor be disturbed by, another client. Loops are bounded by count and by a
// few seconds; nothing is timed. The server is this file's own, whatever DATABASE_URL says.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "@/lib/db/embedded";

const WORKERS = 6;
const ROUNDS = 150;
const RUN_MS = 5_000;

let database: EmbeddedDatabase;

beforeAll(async () => {
  // A short hold bound, so the starvation case below ends quickly.
  database = await startEmbeddedDatabase({ dataDir: "memory://", port: 0, holdIdleTimeoutMs: 500 });
  await withClient((client) =>
    client.query("CREATE TABLE probe (id serial PRIMARY KEY, owner text NOT NULL, state text NOT NULL, n int NOT NULL)"),
  );
});

afterAll(async () => {
  await database?.stop();
});

async function withClient<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end().catch(() => {});
  }
}

type Queryable = Pick<pg.Client, "query">;

/** One round of statements whose answers say which statement, and whose, they belong to. */
async function mixedQueries(db: Queryable, who: string, round: number): Promise<void> {
  const three = await db.query("SELECT $1::int AS a, $2::text AS b, $3::int AS c", [round, who, round * 7]);
  expect(three.fields.map((f) => f.name)).toEqual(["a", "b", "c"]);
  expect(three.rows).toEqual([{ a: round, b: who, c: round * 7 }]);

  const one = await db.query("SELECT $1::text AS only_one", [`${who}#${round}`]);
  expect(one.rows).toEqual([{ only_one: `${who}#${round}` }]);

  const size = (round % 5) + 1;
  const series = await db.query("SELECT g, $2::text AS tag FROM generate_series(1, $1::int) AS g ORDER BY g", [size, who]);
  expect(series.rows).toEqual(Array.from({ length: size }, (_, i) => ({ g: i + 1, tag: who })));

  if (round % 10 === 0) {
    // A large answer reaches the server in several chunks; the end of it must still be found.
    const large = await db.query("SELECT $1::text || ':' || g AS row_of, repeat('x', 1000) AS filler FROM generate_series(1, 1500) AS g", [who]);
    expect(large.rows.length).toBe(1500);
    expect(large.rows.every((row: { row_of: string }, i: number) => row.row_of === `${who}:${i + 1}`)).toBe(true);
  }

  // No parameters: pg sends this as a simple Query, between the others' extended-protocol exchanges.
  const literal = await db.query(`SELECT '${who}' AS simple_who, ${round} AS simple_round`);
  expect(literal.rows).toEqual([{ simple_who: who, simple_round: round }]);
}

/** An interactive transaction whose rows are 'open' until just before COMMIT; committed rows are 'done'. */
async function transaction(client: pg.Client, who: string, round: number): Promise<number> {
  const owner = `${who}:${round}`;
  const rows = (round % 3) + 1;
  const commit = round % 4 !== 0;
  await client.query("BEGIN");
  try {
    for (let n = 0; n < rows; n++) {
      const inserted = await client.query("INSERT INTO probe (owner, state, n) VALUES ($1, 'open', $2) RETURNING owner, n", [owner, n]);
      expect(inserted.rows).toEqual([{ owner, n }]);
    }
    // Inside: exactly our own open rows, nobody else's.
    const open = await client.query("SELECT owner, count(*)::int AS rows FROM probe WHERE state = 'open' GROUP BY owner");
    expect(open.rows).toEqual([{ owner, rows }]);
    await mixedQueries(client, who, round);
    if (commit) await client.query("UPDATE probe SET state = 'done' WHERE owner = $1", [owner]);
    await client.query(commit ? "COMMIT" : "ROLLBACK");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  }
  const after = await client.query("SELECT count(*)::int AS rows FROM probe WHERE owner = $1 AND state = 'done'", [owner]);
  expect(after.rows).toEqual([{ rows: commit ? rows : 0 }]);
  return commit ? rows : 0;
}

describe("embedded database under concurrent clients", () => {
  it("answers every query with its own result and isolates open transactions", async () => {
    const deadline = Date.now() + RUN_MS;
    const clients = await Promise.all(
      Array.from({ length: WORKERS }, async () => {
        const client = new pg.Client({ connectionString: database.url });
        await client.connect();
        return client;
      }),
    );
    const pool = new pg.Pool({ connectionString: database.url, max: 4 });
    let committed = 0;
    let rounds = 0;
    try {
      const transactional = clients.map(async (client, w) => {
        for (let round = 1; round <= ROUNDS && Date.now() < deadline; round++) {
          const rows = await transaction(client, `tx${w}`, round);
          committed += rows;
          // Outside any transaction: nobody's uncommitted rows.
          const leaked = await client.query("SELECT count(*)::int AS open FROM probe WHERE state = 'open'");
          expect(leaked.rows).toEqual([{ open: 0 }]);
          rounds++;
        }
      });
      const pooled = Array.from({ length: 4 }, async (_, w) => {
        for (let round = 1; round <= ROUNDS * 2 && Date.now() < deadline; round++) {
          await mixedQueries(pool, `pool${w}`, round);
          const leaked = await pool.query("SELECT count(*)::int AS open FROM probe WHERE state = 'open'");
          expect(leaked.rows).toEqual([{ open: 0 }]);
          rounds++;
        }
      });
      await Promise.all([...transactional, ...pooled]);
    } finally {
      await pool.end();
      await Promise.all(clients.map((client) => client.end().catch(() => {})));
    }
    expect(rounds).toBeGreaterThan(WORKERS + 4);
    const done = await withClient((client) => client.query("SELECT count(*)::int AS rows FROM probe WHERE state = 'done'"));
    expect(done.rows).toEqual([{ rows: committed }]);
  });

  it("rolls back a client killed mid-transaction and serves the others", async () => {
    const victim = new pg.Client({ connectionString: database.url });
    await victim.connect();
    victim.on("error", () => {});
    await victim.query("BEGIN");
    await victim.query("INSERT INTO probe (owner, state, n) VALUES ('killed', 'open', 1)");
    // Another client asks while the victim's transaction is open: it waits its turn.
    const waiting = withClient((client) => client.query("SELECT count(*)::int AS rows FROM probe WHERE owner = 'killed'"));
    // The client process dies: its socket closes without COMMIT, ROLLBACK or Terminate.
    (victim as unknown as { connection: { stream: { destroy(): void } } }).connection.stream.destroy();
    expect((await waiting).rows).toEqual([{ rows: 0 }]);
    await withClient(async (client) => {
      await client.query("BEGIN");
      await client.query("INSERT INTO probe (owner, state, n) VALUES ('after-kill', 'done', 1)");
      await client.query("COMMIT");
      const rows = await client.query("SELECT owner FROM probe WHERE owner IN ('killed', 'after-kill')");
      expect(rows.rows).toEqual([{ owner: "after-kill" }]);
    });
  });

  it("refuses connections beyond its limit as Postgres does, and serves the ones it took", async () => {
    const clients: pg.Client[] = [];
    try {
      for (let i = 0; i < 24; i++) {
        const client = new pg.Client({ connectionString: database.url });
        await client.connect();
        clients.push(client);
      }
      const extra = new pg.Client({ connectionString: database.url });
      await expect(extra.connect()).rejects.toThrow(/too many clients/);
      const answers = await Promise.all(clients.map((client, i) => client.query("SELECT $1::int AS i", [i])));
      expect(answers.map((answer) => answer.rows[0].i)).toEqual(clients.map((_, i) => i));
    } finally {
      await Promise.all(clients.map((client) => client.end()));
    }
  });

  it("ends a client that sits in an open transaction while others wait", async () => {
    const idle = new pg.Client({ connectionString: database.url });
    await idle.connect();
    const idleError = new Promise<Error>((resolve) => idle.on("error", resolve));
    await idle.query("BEGIN");
    await idle.query("INSERT INTO probe (owner, state, n) VALUES ('forgotten', 'open', 1)");
    // The idle client never finishes; the next client still gets an answer, and the open rows are gone.
    const answer = await withClient((client) => client.query("SELECT count(*)::int AS rows FROM probe WHERE owner = 'forgotten'"));
    expect(answer.rows).toEqual([{ rows: 0 }]);
    expect((await idleError).message).toMatch(/idle-in-transaction/);
    await idle.end().catch(() => {});
  }, 30_000);
});
