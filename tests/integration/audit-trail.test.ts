// The audit trail end to end against the database: the writer's chain under concurrency, the append-only
// trigger, reading (filters, keyset pages, CSV), the integrity check in the console and on the command
// line, and tampering that both of them must name. The tests run in order: tampering comes last.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as exportCsv } from "@/app/api/audit/export/route";
import { runAsStaff } from "@/lib/actions/context";
import { verifyAuditChainAction } from "@/lib/audit/actions";
import { auditCsvStream } from "@/lib/audit/csv";
import { auditFilterOptions, getAuditEvent, listAuditEvents, AUDIT_PAGE_SIZE } from "@/lib/audit/queries";
import { genesisHash } from "@/lib/audit/hash";
import { verifyAuditChain } from "@/lib/audit/verify";
import { recordAudit, type AuditInput } from "@/lib/audit/write";
import type { Db } from "@/lib/db/client";
import { truncateAll } from "@/lib/db/reset";
import { ownerUrlFor } from "@/lib/db/runtime-role";
import { translator } from "@/lib/i18n/translate";
import { shanghaiIsoString } from "@/lib/time";
import { databaseUrl, freshPopulation, testDb } from "@/tests/support/database";
import { demoSession } from "@/tests/support/staff";

let db: Db;
const record = (input: AuditInput) => db.$transaction((tx) => recordAudit(tx, input));
const request = { ip: "10.1.2.3", userAgent: "vitest" };

const auditor = demoSession("staff_auditor");
const admin = demoSession("staff_admin");

async function runVerifyScript(): Promise<{ code: number; stdout: string }> {
  try {
    const { stdout } = await promisify(execFile)(process.execPath, ["--import", "tsx", "scripts/verify-audit.ts"], {
      cwd: path.resolve(import.meta.dirname, "../.."),
      env: { ...process.env, DATABASE_URL: databaseUrl() },
    });
    return { code: 0, stdout };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? "" };
  }
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

beforeAll(async () => {
  db = testDb();
  await freshPopulation(db, { customers: 20, days: 3 });
});

afterAll(async () => {
  await db.$disconnect();
  // The chain was tampered with on purpose; leave no broken trail behind for the next file.
  await truncateAll(databaseUrl());
});

describe("writing the trail", () => {
  it("chains 50 events, written one by one and concurrently, into a trail that verifies", async () => {
    for (let i = 0; i < 10; i++) {
      await record({ actor: auditor, action: "auth.sign-in", entityType: "StaffUser", entityId: auditor.id, after: { secondFactor: true }, request });
      await record({ actor: { id: null, email: "Nobody@Example.com" }, action: "auth.sign-in", entityType: "StaffUser", outcome: "FAILURE", reason: "unknown-email", request });
    }
    await Promise.all(
      Array.from({ length: 29 }, (_, i) =>
        record({
          actor: admin,
          action: "staff.roles-change",
          entityType: "StaffUser",
          entityId: "staff_officer",
          before: { roles: ["COMPLIANCE_OFFICER"], sessionVersion: i },
          after: { roles: ["COMPLIANCE_OFFICER", "COMPLIANCE_LEAD"], sessionVersion: i + 1 },
          reason: `晋升 ${i}`,
          request,
        }),
      ),
    );
    await record({ actor: admin, action: "customer.update", entityType: "Customer", entityId: "cust_1", after: { idNumber: "11010519491231002X", phone: "13812345678" }, request });

    const verdict = await verifyAuditChain(db);
    expect(verdict).toMatchObject({ ok: true, checked: 50, lastId: "50", findings: [] });
    // Ids are the chain's sequence: the 29 concurrent writers took turns, leaving no gaps.
    expect((await db.auditEvent.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((e) => e.id)).toEqual(Array.from({ length: 50 }, (_, i) => BigInt(i + 1)));
  });

  it("stores personal data masked", async () => {
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "customer.update" } });
    expect(event.after).toEqual({ idNumber: "110105********002X", phone: "138****5678" });
    expect(JSON.stringify([event.before, event.after, event.reason])).not.toContain("13812345678");
  });

  it("is refused UPDATE and DELETE by the database", async () => {
    // By the trigger, or before it by the grants when the tests run as the console's runtime login (CI).
    await expect(db.$executeRawUnsafe(`UPDATE audit_event SET reason = 'x'`)).rejects.toThrow(/append-only|permission denied/);
    await expect(db.$executeRawUnsafe(`DELETE FROM audit_event WHERE id = 1`)).rejects.toThrow(/append-only|permission denied/);
    expect(await db.auditEvent.count({ where: { reason: "x" } })).toBe(0);
    expect(await db.auditEvent.count()).toBe(50);
  });
});

describe("reading the trail", () => {
  it("pages newest first by keyset, older and back newer, without overlap", async () => {
    const first = await listAuditEvents({}, {}, db);
    expect(first.rows).toHaveLength(AUDIT_PAGE_SIZE);
    expect(first.rows[0]!.id).toBe(50n);
    expect(first.newer).toBeNull();
    expect(first.older).toBeNull();
    expect(first.rows.map((r) => r.id)).toEqual([...first.rows.map((r) => r.id)].sort((a, b) => Number(b - a)));

    await record({ actor: auditor, action: "audit.view", entityType: "AuditEvent", request });
    await record({ actor: auditor, action: "audit.view", entityType: "AuditEvent", request });
    const small = await listAuditEvents({ action: "auth.sign-in" }, {}, db);
    expect(small.rows).toHaveLength(20);
    expect(small.older).toBeNull();

    const newest = await listAuditEvents({}, {}, db);
    const older = await listAuditEvents({}, { before: newest.older! }, db);
    expect(older.rows.map((r) => r.id)).toEqual([2n, 1n]);
    expect(older.older).toBeNull();
    expect(older.newer).toBe(2n);
    const back = await listAuditEvents({}, { after: older.newer! }, db);
    expect(back.rows.map((r) => r.id)).toEqual(newest.rows.map((r) => r.id));
    expect(back.newer).toBeNull();
  });

  it("filters by actor, email, action, entity, outcome and Beijing time", async () => {
    const count = async (filters: Parameters<typeof listAuditEvents>[0]) => (await listAuditEvents(filters, {}, db)).rows.length;
    expect(await count({ actor: auditor.id })).toBe(12);
    expect(await count({ actorEmail: "NOBODY@example" })).toBe(10);
    expect(await count({ action: "auth.sign-in", outcome: "FAILURE" })).toBe(10);
    expect(await count({ entityType: "StaffUser", entityId: "staff_officer" })).toBe(29);
    expect(await count({ entityType: "Customer" })).toBe(1);

    const newest = (await db.auditEvent.findFirstOrThrow({ orderBy: { id: "desc" } })).createdAt;
    const minute = (instant: Date) => shanghaiIsoString(instant).slice(0, 16);
    expect(await count({ action: "auth.sign-in", from: minute(new Date(newest.getTime() - 3_600_000)), to: minute(newest) })).toBe(20);
    expect(await count({ from: minute(new Date(newest.getTime() + 120_000)) })).toBe(0);
    expect(await count({ to: minute(new Date(newest.getTime() - 3_600_000)) })).toBe(0);
  });

  it("offers the distinct actions and entity types for the selects", async () => {
    const options = await auditFilterOptions(db);
    expect(options.actions).toEqual(["audit.view", "auth.sign-in", "customer.update", "staff.roles-change"]);
    expect(options.entityTypes).toEqual(["AuditEvent", "Customer", "StaffUser"]);
    expect(options.staff.map((s) => s.id)).toContain(auditor.id);
  });

  it("reads one event with its neighbours in the chain", async () => {
    const found = await getAuditEvent(1n, db);
    expect(found?.previousId).toBeNull();
    expect(found?.nextId).toBe(2n);
    // The first event links to a genesis hash derived from the chain's sealed identity, not to zeros.
    const chain = await db.auditChain.findUniqueOrThrow({ where: { id: 1 } });
    expect(found?.event.prevHash).toBe(genesisHash(chain.chainId!));
    expect(await getAuditEvent(999_999n, db)).toBeNull();
  });
});

describe("the CSV export", () => {
  it("streams a BOM, a header row in the reader's language, and rows with Chinese, quotes and commas intact", async () => {
    const tricky = `客户来电，称"张三"为曾用名`;
    for (let i = 0; i < 5; i++) {
      await record({ actor: admin, action: "staff.unlock", entityType: "CsvProbe", entityId: `probe-${i}`, reason: tricky, request: { ip: "10.0.0.1", userAgent: i === 0 ? "=HYPERLINK(\"http://evil\")" : "Mozilla/5.0, 中文" } });
    }
    const bytes = await readAll(auditCsvStream({ filters: { entityType: "CsvProbe" }, t: translator("zh-CN"), from: db, batchSize: 2 }));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString("utf8").split("\r\n");
    expect(lines[0]).toBe("事件编号,时间（北京时间）,操作人,操作人邮箱,操作人编号,操作,操作代码,对象类型,对象编号,结果,原因,IP 地址,客户端,变更前,变更后,前一事件哈希,本事件哈希");
    expect(lines.filter(Boolean)).toHaveLength(6);
    const newest = lines[1]!;
    expect(newest).toContain(`周建国,admin@wallet.bank,staff_admin,解锁员工账户,staff.unlock,CsvProbe,probe-4,成功,"客户来电，称""张三""为曾用名",10.0.0.1,"Mozilla/5.0, 中文"`);
    expect(newest).toMatch(/^\d+,\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+08:00,/);
    // A spreadsheet must not run what a stranger typed as a formula.
    expect(lines[5]).toContain(`"'=HYPERLINK(""http://evil"")"`);

    const english = (await readAll(auditCsvStream({ filters: { entityType: "CsvProbe" }, t: translator("en"), from: db }))).subarray(3).toString("utf8");
    expect(english.split("\r\n")[0]).toMatch(/^Event ID,Time \(Beijing\),Actor,/);
  });

  it("is served to an auditor as a dated attachment, records the export with its filters first, and refuses unreadable filters", async () => {
    const response = await runAsStaff(auditor, () => exportCsv(new Request("http://localhost/api/audit/export?entityType=CsvProbe&outcome=SUCCESS")));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="audit-trail-\d{8}-\d{4}\.csv"$/);
    const exported = await db.auditEvent.findFirstOrThrow({ where: { action: "audit.export" }, orderBy: { id: "desc" } });
    expect(exported).toMatchObject({ actorId: auditor.id, outcome: "SUCCESS", after: { filters: { entityType: "CsvProbe", outcome: "SUCCESS" } } });
    const body = Buffer.from(await response.arrayBuffer());
    expect(body.subarray(3).toString("utf8").split("\r\n").filter(Boolean)).toHaveLength(6);

    const invalid = await runAsStaff(auditor, () => exportCsv(new Request("http://localhost/api/audit/export?from=2026-02-30T10:00")));
    expect(invalid.status).toBe(400);
  });
});

describe("the integrity check", () => {
  it("runs from the console for an auditor, records itself with its verdict, and refuses a marketing user", async () => {
    const total = await db.auditEvent.count();
    const result = await runAsStaff(auditor, () => verifyAuditChainAction({}));
    expect(result).toMatchObject({ ok: true, data: { verdict: { ok: true, checked: total, findings: [] } } });
    const event = await db.auditEvent.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect(event).toMatchObject({ action: "audit.verify", actorId: auditor.id, outcome: "SUCCESS", after: { ok: true, checked: total } });

    const refused = await runAsStaff(demoSession("staff_marketing"), () => verifyAuditChainAction({}));
    expect(refused).toMatchObject({ ok: false, error: "forbidden" });
  });

  it("npm run audit:verify exits 0 on an intact trail", async () => {
    const total = await db.auditEvent.count();
    const { code, stdout } = await runVerifyScript();
    expect(stdout).toContain(`audit trail intact: ${total} events up to #${total}`);
    expect(code).toBe(0);
  });

  it("names exactly the event someone changed behind the trigger's back, in the console and on the command line", async () => {
    const k = 17;
    // Only the owner can switch the trigger off (the runtime login of CI's second pass cannot).
    const client = new pg.Client({ connectionString: ownerUrlFor(databaseUrl()) });
    await client.connect();
    try {
      await client.query("BEGIN");
      await client.query("ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update_or_delete");
      await client.query("UPDATE audit_event SET reason = 'tampered' WHERE id = $1", [k]);
      await client.query("ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_update_or_delete");
      await client.query("COMMIT");
    } finally {
      await client.end();
    }

    expect(await verifyAuditChain(db)).toMatchObject({ ok: false, checked: k - 1, findings: [{ problem: "hash-mismatch", eventId: String(k), unkeyed: false }] });
    const result = await runAsStaff(auditor, () => verifyAuditChainAction({}));
    expect(result).toMatchObject({ ok: true, data: { verdict: { ok: false, findings: [{ problem: "hash-mismatch", eventId: String(k) }] } } });

    const { code, stdout } = await runVerifyScript();
    expect(stdout).toContain(`audit trail BROKEN`);
    expect(stdout).toContain(`hash-mismatch at #${k} (the event was altered)`);
    expect(code).toBe(1);
  });
});
