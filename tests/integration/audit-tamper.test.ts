// Issue 9, item 8: the audit trail against its own database owner. Each test does what an attacker did
// (as the owner: triggers off, an event edited, the rest re-hashed with plain SHA-256; as superuser with
// triggers bypassed: the newest events deleted; a row slipped in after the last one) and expects
// `npm run audit:verify` and the console's check to name it. On PostgreSQL it also proves the console's
// runtime role cannot UPDATE, DELETE, TRUNCATE or ALTER the audit tables. Run on PGlite (default) and on
// PostgreSQL (DATABASE_URL set, as CI's second pass does).
import { execFile } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { prepareAuditChain } from "@/lib/audit/chain";
import { checkpointFile, latestCheckpoint, writeCheckpoint } from "@/lib/audit/checkpoint";
import { legacyChainHash, LEGACY_GENESIS_HASH, type ChainedFields } from "@/lib/audit/hash";
import { verifyAuditChain } from "@/lib/audit/verify";
import { recordAudit } from "@/lib/audit/write";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { truncateAll } from "@/lib/db/reset";
import { grantRuntimeRole, ownerUrlFor } from "@/lib/db/runtime-role";
import { databaseUrl, testDb } from "@/tests/support/database";
import { demoSession } from "@/tests/support/staff";

const root = path.resolve(import.meta.dirname, "../..");
const auditor = demoSession("staff_auditor");
// These tests empty the database and seed no staff: events carry an actor email but no staff id.
const actor = { id: null, email: auditor.email };
let db: Db;
let owner: Db;
let ownerUrl: string;
const embedded = await isPglite();

async function isPglite(): Promise<boolean> {
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    return (await client.query<{ version: string }>("SELECT version()")).rows[0]!.version.includes("PGlite");
  } finally {
    await client.end();
  }
}

async function asOwner<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

async function writeEvents(count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    await db.$transaction((tx) =>
      recordAudit(tx, { actor, action: "pii.reveal", entityType: "Customer", entityId: `C${String(i).padStart(8, "0")}`, reason: `核实身份 ${i}`, request: { ip: "10.9.8.7", userAgent: "vitest" } }),
    );
  }
}

async function runScript(script: string): Promise<{ code: number; stdout: string }> {
  try {
    const { stdout } = await promisify(execFile)(process.execPath, ["--import", "tsx", script], { cwd: root, env: { ...process.env, DATABASE_URL: databaseUrl() } });
    return { code: 0, stdout };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? "" };
  }
}

const fieldsOf = (row: Record<string, unknown>): ChainedFields => ({
  createdAt: row.created_at as Date,
  actorId: row.actor_id as string | null,
  actorEmail: row.actor_email as string | null,
  action: row.action as string,
  entityType: row.entity_type as string,
  entityId: row.entity_id as string | null,
  before: row.before,
  after: row.after,
  reason: row.reason as string | null,
  ip: row.ip as string | null,
  userAgent: row.user_agent as string | null,
  outcome: row.outcome as "SUCCESS" | "FAILURE",
});

beforeAll(async () => {
  db = testDb();
  ownerUrl = ownerUrlFor(databaseUrl());
  owner = createPrismaClient(ownerUrl);
});

beforeEach(async () => {
  // Every test starts a new, intact chain of 10 events, signed by a checkpoint as the scheduled job would.
  await truncateAll(databaseUrl());
  await writeEvents(10);
  const result = await writeCheckpoint(db);
  expect(result).toMatchObject({ written: true, checkpoint: { sequence: "10" } });
});

afterAll(async () => {
  await truncateAll(databaseUrl());
  await db.$disconnect();
  await owner.$disconnect();
});

describe("an intact keyed trail", () => {
  it("verifies to the last row, matches its signed checkpoint, and a reset starts a new chain without stale checkpoints", async () => {
    const verdict = await verifyAuditChain(db);
    expect(verdict).toMatchObject({ ok: true, checked: 10, lastId: "10", checkpoint: { sequence: "10" }, findings: [] });
    const line = JSON.parse(readFileSync(checkpointFile(verdict.chainId!), "utf8").trim().split("\n").at(-1)!);
    expect(line).toMatchObject({ chain: verdict.chainId, sequence: "10", hash: verdict.lastHash, mac: expect.stringMatching(/^[0-9a-f]{64}$/) });

    const { code, stdout } = await runScript("scripts/verify-audit.ts");
    expect(stdout).toContain("audit trail intact: 10 events up to #10; checkpoint #10");
    expect(code).toBe(0);

    await truncateAll(databaseUrl());
    const fresh = await verifyAuditChain(db);
    expect(fresh).toMatchObject({ ok: true, checked: 0, checkpoint: null, findings: [] });
    expect(fresh.chainId).not.toBe(verdict.chainId);
    expect(latestCheckpoint(verdict.chainId!)).toBeNull();
  });
});

describe("attacks that verify must name", () => {
  it("as the owner: trigger disabled, event #4 edited, the rest re-hashed with plain SHA-256", async () => {
    await asOwner(async (client) => {
      await client.query("BEGIN");
      await client.query("ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update_or_delete");
      await client.query("UPDATE audit_event SET reason = '客户本人要求' WHERE id = 4");
      const { rows } = await client.query("SELECT * FROM audit_event WHERE id >= 4 ORDER BY id");
      let previous = (await client.query<{ hash: string }>("SELECT hash FROM audit_event WHERE id = 3")).rows[0]!.hash;
      for (const row of rows) {
        const hash = legacyChainHash(previous, fieldsOf(row));
        await client.query("UPDATE audit_event SET prev_hash = $1, hash = $2 WHERE id = $3", [previous, hash, row.id]);
        previous = hash;
      }
      await client.query("COMMIT");
    });

    const verdict = await verifyAuditChain(db);
    expect(verdict.ok).toBe(false);
    expect(verdict.findings).toEqual([
      { problem: "trigger-disabled", trigger: "audit_event_no_update_or_delete" },
      { problem: "checkpoint-mismatch", checkpoint: "10" },
      { problem: "hash-mismatch", eventId: "4", unkeyed: true },
    ]);
    const { code, stdout } = await runScript("scripts/verify-audit.ts");
    expect(stdout).toContain("trigger audit_event_no_update_or_delete disabled");
    expect(stdout).toContain("hash-mismatch at #4 (not signed with the audit key");
    expect(code).toBe(1);

    // Switching the trigger back on afterwards hides nothing: the chain still names #4.
    await asOwner((client) => client.query("ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_update_or_delete"));
    expect((await verifyAuditChain(db)).findings).toEqual([
      { problem: "checkpoint-mismatch", checkpoint: "10" },
      { problem: "hash-mismatch", eventId: "4", unkeyed: true },
    ]);
    // A checkpoint is never signed over a broken trail.
    expect(await writeCheckpoint(db)).toMatchObject({ written: false, reason: "broken" });
  });

  it("as superuser with triggers bypassed (session_replication_role = replica): the last two events deleted", async () => {
    await asOwner(async (client) => {
      await client.query("BEGIN");
      await client.query("SET LOCAL session_replication_role = replica");
      await client.query("DELETE FROM audit_event WHERE id > 8");
      await client.query("COMMIT");
    });
    const verdict = await verifyAuditChain(db);
    expect(verdict.findings).toEqual([{ problem: "events-deleted", checkpoint: "10", lastId: "8" }]);
    const { code, stdout } = await runScript("scripts/verify-audit.ts");
    expect(stdout).toContain("events deleted after checkpoint #10 (the trail now ends at #8)");
    expect(code).toBe(1);

    // The console writing on over the gap does not paper over it: #9 and #10 are new, and #10 is not the
    // event the checkpoint signed.
    await writeEvents(2);
    expect((await verifyAuditChain(db)).findings).toEqual([{ problem: "checkpoint-mismatch", checkpoint: "10" }]);
  });

  it("a row inserted by hand after the last event, with a plain SHA-256 hash, and one leaving a gap", async () => {
    await asOwner(async (client) => {
      const { rows } = await client.query("SELECT * FROM audit_event WHERE id = 10");
      const last = rows[0]!;
      const forged = { ...fieldsOf(last), createdAt: new Date(), action: "kyc.approve", entityType: "KycSubmission", entityId: "K00000001", reason: null };
      await client.query(
        `INSERT INTO audit_event (id, created_at, actor_id, actor_email, action, entity_type, entity_id, ip, user_agent, outcome, prev_hash, hash)
         VALUES (11, $1, $2, $3, $4, $5, $6, $7, $8, 'SUCCESS', $9, $10)`,
        [forged.createdAt, forged.actorId, forged.actorEmail, forged.action, forged.entityType, forged.entityId, forged.ip, forged.userAgent, last.hash, legacyChainHash(last.hash, forged)],
      );
    });
    expect((await verifyAuditChain(db)).findings).toEqual([{ problem: "hash-mismatch", eventId: "11", unkeyed: true }]);
    const { code, stdout } = await runScript("scripts/verify-audit.ts");
    expect(stdout).toContain("hash-mismatch at #11 (not signed with the audit key");
    expect(code).toBe(1);

    await asOwner(async (client) => {
      await client.query("BEGIN");
      await client.query("SET LOCAL session_replication_role = replica");
      await client.query("DELETE FROM audit_event WHERE id = 11");
      await client.query("UPDATE audit_event SET id = 14 WHERE id = 10");
      await client.query("COMMIT");
    });
    expect((await verifyAuditChain(db)).findings).toEqual([
      { problem: "checkpoint-mismatch", checkpoint: "10" },
      { problem: "events-missing", eventId: "14", afterId: "9" },
    ]);
  });

  it("an edited checkpoint file and an edited chain identity", async () => {
    const verdict = await verifyAuditChain(db);
    const file = checkpointFile(verdict.chainId!);
    const line = JSON.parse(readFileSync(file, "utf8").trim().split("\n").at(-1)!);
    writeFileSync(file, JSON.stringify({ ...line, sequence: "12" }) + "\n");
    expect((await verifyAuditChain(db)).findings).toEqual([{ problem: "checkpoint-forged", checkpoint: "12" }]);
    writeFileSync(file, JSON.stringify(line) + "\n");

    await asOwner((client) => client.query("UPDATE audit_chain SET legacy_through = 10"));
    expect((await verifyAuditChain(db)).findings).toEqual([{ problem: "chain-seal-mismatch" }]);
    const { stdout } = await runScript("scripts/verify-audit.ts");
    expect(stdout).toContain("does not match its seal");
  });
});

describe("an unkeyed trail from before the key", () => {
  async function legacyTrail(tamper: boolean): Promise<void> {
    await truncateAll(databaseUrl());
    await asOwner(async (client) => {
      let previous = LEGACY_GENESIS_HASH;
      // Ids with a gap, as the old sequence left them after a rolled-back transaction.
      for (const id of [1, 2, 4]) {
        const fields: ChainedFields = { createdAt: new Date(Date.UTC(2026, 10, id)), actorId: null, actorEmail: "admin@wallet.bank", action: "staff.unlock", entityType: "StaffUser", entityId: `s${id}`, before: null, after: null, reason: tamper && id === 2 ? "改过" : "解锁", ip: null, userAgent: null, outcome: "SUCCESS" };
        const hash = legacyChainHash(previous, { ...fields, reason: "解锁" });
        await client.query(
          `INSERT INTO audit_event (id, created_at, actor_id, actor_email, action, entity_type, entity_id, reason, outcome, prev_hash, hash) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'SUCCESS', $9, $10)`,
          [id, fields.createdAt, fields.actorId, fields.actorEmail, fields.action, fields.entityType, fields.entityId, fields.reason, previous, hash],
        );
        previous = hash;
      }
      await client.query(`UPDATE audit_chain SET chain_id = NULL, created_at = NULL, key_id = NULL, seal = NULL, legacy_head_hash = $1, legacy_head_event_id = 4`, [previous]);
    });
  }

  it("is verified and re-chained with the key once by db:migrate, which records it", async () => {
    await legacyTrail(false);
    expect((await verifyAuditChain(db)).findings).toEqual([{ problem: "chain-missing" }]);
    expect(await prepareAuditChain(owner)).toMatchObject({ state: "rechained", events: 3 });
    const verdict = await verifyAuditChain(db);
    expect(verdict).toMatchObject({ ok: true, checked: 4, lastId: "5", findings: [] });
    expect(await db.auditEvent.findUniqueOrThrow({ where: { id: 5n } })).toMatchObject({ action: "audit.rechain", after: { events: 3, legacyThrough: "4", legacyVerified: true } });
    expect(await prepareAuditChain(owner)).toMatchObject({ state: "ready" });
  });

  it("is never accepted as it is when it was already broken", async () => {
    await legacyTrail(true);
    expect(await prepareAuditChain(owner)).toMatchObject({ state: "legacy-broken", brokenId: "2" });
    expect((await verifyAuditChain(db)).findings).toEqual([{ problem: "hash-mismatch", eventId: "1", unkeyed: true }]);
  });
});

// PGlite has no users (every connection is the superuser), so there the audit key is the protection.
describe.skipIf(embedded)("the console's runtime role (PostgreSQL only: PGlite has no users)", () => {
  it("may append and read the audit trail but not UPDATE, DELETE, TRUNCATE or ALTER it", async () => {
      const role = `wallet_rt_${(await asOwner((c) => c.query<{ d: string }>("SELECT current_database() AS d"))).rows[0]!.d}`.replace(/[^a-z0-9_]/g, "_");
      const runtime = new URL(ownerUrl);
      runtime.username = role;
      runtime.password = "";
      const runtimeUrl = runtime.toString();
      try {
        expect(await grantRuntimeRole(ownerUrl, runtimeUrl)).toMatchObject({ state: "granted", role });
        const app = createPrismaClient(runtimeUrl);
        try {
          await app.$transaction((tx) => recordAudit(tx, { actor, action: "audit.view", entityType: "AuditEvent" }));
          expect(await verifyAuditChain(app)).toMatchObject({ ok: true, lastId: "11" });
        } finally {
          await app.$disconnect();
        }
        const client = new pg.Client({ connectionString: runtimeUrl });
        await client.connect();
        try {
          const refused = async (sql: string) => expect(client.query(sql)).rejects.toThrow(/permission denied|must be owner/);
          await refused("UPDATE audit_event SET reason = 'x' WHERE id = 1");
          await refused("DELETE FROM audit_event WHERE id = 11");
          await refused("TRUNCATE audit_event");
          await refused("ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update_or_delete");
          await refused("ALTER TABLE audit_event DISABLE TRIGGER ALL");
          await refused("DROP TRIGGER audit_event_no_truncate ON audit_event");
          await refused("UPDATE audit_chain SET legacy_through = 1");
          await refused("INSERT INTO audit_chain (id) VALUES (2)");
          await refused("SET session_replication_role = replica");
          // Ordinary tables stay writable.
          await client.query("UPDATE staff_user SET failed_attempts = failed_attempts WHERE id = 'staff_admin'");
        } finally {
          await client.end();
        }
      } finally {
        await asOwner(async (client) => {
          await client.query(`DROP OWNED BY ${client.escapeIdentifier(role)}`);
          await client.query(`DROP ROLE IF EXISTS ${client.escapeIdentifier(role)}`);
        });
      }
  });
});
