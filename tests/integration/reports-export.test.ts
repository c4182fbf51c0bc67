// The regulator's report files against the database: an officer's export of the approved reports validates
// against the schema in the repo and, parsed back, carries what the reports say (whole ID number, address,
// transactions); the reports move to EXPORTED with the file and the audit events. A report whose customer
// has no address (or occupation) refuses the file naming CTAR (CTVC), and nothing changes. The download
// route refuses without pii:reveal or without a reason, and records a download with its reason.
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { create } from "xmlbuilder2";
import type { Db } from "@/lib/db/client";
import { runAsStaff } from "@/lib/actions/context";
import type { ActionResult } from "@/lib/actions/result";
import type { StaffSession } from "@/lib/auth/session";
import { createExportAction } from "@/lib/reports/export/actions";
import { validateReportFile } from "@/lib/reports/export/validate";
import { EXPORT_ENTITY, REPORT_AUDIT, REPORT_ENTITY } from "@/lib/reports/fields";
import { dateOnly } from "@/lib/time";
import { POST as download } from "@/app/api/reports/exports/[id]/route";
import { demoSession } from "@/tests/support/staff";
import { freshPopulation, testDb } from "@/tests/support/database";

// Every role that files reports today may also reveal personal data; to see the route's own check, the test
// takes pii:reveal away from everyone for one request.
const { denied } = vi.hoisted(() => ({ denied: new Set<string>() }));
vi.mock("@/lib/auth/permissions", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/auth/permissions")>();
  return { ...actual, can: (roles: readonly string[] | null | undefined, permission: string) => !denied.has(permission) && actual.can(roles, permission as never) };
});

let db: Db;
const officer = demoSession("staff_officer");
const auditor = demoSession("staff_auditor");

let sequence = 7000;
type Customer = { id: string; idNumber: string; walletId: string; transactionIds: bigint[] };
const customers: Customer[] = [];

async function ok<T>(result: Promise<ActionResult<T>>): Promise<T> {
  const r = await result;
  if (!r.ok) throw new Error(`${r.error}: ${r.message}`);
  return r.data;
}

async function refused<T>(result: Promise<ActionResult<T>>) {
  const r = await result;
  if (r.ok) throw new Error("expected a refusal");
  return r;
}

/** An approved report of the customer's transactions, as the workflow leaves it for filing. */
async function approvedReport(kind: "LARGE_VALUE" | "SUSPICIOUS", customer: Customer) {
  sequence += 1;
  const report = await db.regulatoryReport.create({
    data: {
      reference: `${kind === "LARGE_VALUE" ? "LVR" : "STR"}-20261110-${sequence}`,
      kind,
      status: "APPROVED",
      customerId: customer.id,
      ruleSetVersion: 1,
      basisDay: dateOnly("2026-11-10"),
      dueDay: dateOnly("2026-11-17"),
      transactionCount: customer.transactionIds.length,
      draftedById: kind === "SUSPICIOUS" ? officer.id : null,
      submittedById: officer.id,
      reviewedById: "staff_lead",
      ...(kind === "LARGE_VALUE"
        ? { thresholdCode: "CASH", direction: "IN" }
        : {
            trigger: "INTERNAL_CASE",
            crimeType: "TELECOM_FRAUD",
            characteristicCodes: ["RAPID_IN_OUT", "DISPERSED_IN_CONCENTRATED_OUT"],
            narrativeFacts: "客户在两日内收到多笔转入后集中转出。",
            narrativeAnalysis: "资金快进快出，与客户身份不符。",
            urgent: true,
          }),
    },
    select: { id: true, reference: true, version: true },
  });
  await db.regulatoryReportTransaction.createMany({ data: customer.transactionIds.map((transactionId) => ({ reportId: report.id, transactionId })) });
  return report;
}

const state = (ids: string[]) => db.regulatoryReport.findMany({ where: { id: { in: ids } }, orderBy: { reference: "asc" }, select: { status: true, version: true, exportId: true } });
const asArray = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

type Parsed = Record<string, Record<string, { RPT: unknown }>>;
function reportsOf(xml: string, root: string): Record<string, unknown>[] {
  const parsed = create(xml).end({ format: "object" }) as unknown as Parsed;
  return asArray(parsed[root]!.RPTS!.RPT) as Record<string, unknown>[];
}

beforeAll(async () => {
  db = testDb();
  await freshPopulation(db, { customers: 20, days: 3 });
  // Whatever the seed left approved is filed already: each test files only the reports it makes.
  await db.regulatoryReport.updateMany({ where: { status: "APPROVED" }, data: { status: "EXPORTED" } });
  const rows = await db.$queryRaw<{ customer_id: string; id_number: string; wallet_id: string; ids: bigint[] }[]>`
    SELECT c.id AS customer_id, c.id_number, w.id AS wallet_id, (array_agg(t.id ORDER BY t.id))[1:2] AS ids
    FROM customer c JOIN wallet w ON w.customer_id = c.id JOIN transaction t ON t.wallet_id = w.id
    GROUP BY c.id, c.id_number, w.id HAVING count(*) >= 2 ORDER BY c.id LIMIT 3`;
  for (const row of rows) customers.push({ id: row.customer_id, idNumber: row.id_number, walletId: row.wallet_id, transactionIds: row.ids.map(BigInt) });
  expect(customers).toHaveLength(3);
  for (const customer of customers) {
    await db.customer.update({ where: { id: customer.id }, data: { address: "上海市浦东新区世纪大道 100 号", occupation: "2" } });
  }
});

afterAll(async () => {
  await db.$disconnect();
});

describe("createExport", () => {
  it("files the approved large-value reports: the file validates and carries what the reports say", async () => {
    const a = await approvedReport("LARGE_VALUE", customers[0]!);
    const b = await approvedReport("LARGE_VALUE", customers[1]!);
    const created = await ok(runAsStaff(officer, () => createExportAction({ kind: "LARGE_VALUE" })));
    expect(created.reportCount).toBe(2);
    expect(created.fileName).toMatch(/^NBHB0308H23100001\d{8}0001\.XML$/);

    const file = await db.regulatoryExport.findUniqueOrThrow({ where: { id: created.exportId } });
    expect(file).toMatchObject({ kind: "LARGE_VALUE", reportCount: 2, institutionCode: "B0308H23100001", createdById: officer.id });
    expect(file.sha256).toBe(createHash("sha256").update(file.content, "utf8").digest("hex"));
    expect(await validateReportFile("LARGE_VALUE", file.content)).toEqual({ ok: true });

    const reports = reportsOf(file.content, "BHRP");
    expect(reports.map((r) => r.RPID)).toEqual([a.reference, b.reference]);
    const first = reports[0] as { CRCD: string; CTIF: Record<string, string>; TSDTS: { TSDT: unknown } };
    expect(first.CRCD).toBe("0501");
    expect(first.CTIF).toMatchObject({ CITP: "110001", CTID: customers[0]!.idNumber, CTNT: "CHN", CTVC: "2", CTAR: "上海市浦东新区世纪大道 100 号", CTAC: customers[0]!.walletId });
    const transactions = asArray(first.TSDTS.TSDT) as Record<string, string>[];
    expect(transactions.map((t) => t.TICD)).toEqual(customers[0]!.transactionIds.map(String));
    for (const t of transactions) {
      expect(t.TSTM).toMatch(/^\d{14}$/);
      expect(["01", "02"]).toContain(t.TSDR);
      expect(t.CRMB).toMatch(/^\d+\.\d{2}$/);
    }

    expect(await state([a.id, b.id])).toEqual([
      { status: "EXPORTED", version: a.version + 1, exportId: file.id },
      { status: "EXPORTED", version: b.version + 1, exportId: file.id },
    ]);
    const fileEvent = await db.auditEvent.findFirstOrThrow({ where: { action: REPORT_AUDIT.export, entityType: EXPORT_ENTITY, entityId: file.id } });
    expect(fileEvent.after).toMatchObject({ reportIds: [a.id, b.id], fileName: created.fileName, sha256: file.sha256 });
    expect(await db.auditEvent.count({ where: { action: REPORT_AUDIT.export, entityType: REPORT_ENTITY, entityId: { in: [a.id, b.id] } } })).toBe(2);

    // Nothing left to file: the refusal says who filed them and in which file.
    const again = await refused(runAsStaff(officer, () => createExportAction({ kind: "LARGE_VALUE" })));
    expect(again.error).toBe("conflict");
    expect(again.message).toContain(officer.name);
    expect(again.message).toContain(created.fileName);
  });

  it("refuses a report whose customer has no address, naming CTAR, and changes nothing", async () => {
    const customer = customers[2]!;
    await db.customer.update({ where: { id: customer.id }, data: { address: null } });
    const complete = await approvedReport("LARGE_VALUE", customers[0]!);
    const incomplete = await approvedReport("LARGE_VALUE", customer);
    const exportsBefore = await db.regulatoryExport.count();
    const before = await state([complete.id, incomplete.id]);

    const result = await refused(runAsStaff(officer, () => createExportAction({ kind: "LARGE_VALUE" })));
    expect(result.error).toBe("state");
    expect(result.message).toContain("CTAR");
    expect(result.message).toContain(incomplete.reference);
    expect(await db.regulatoryExport.count()).toBe(exportsBefore);
    expect(await state([complete.id, incomplete.id])).toEqual(before);
    expect(before.every((r) => r.status === "APPROVED")).toBe(true);

    await db.customer.update({ where: { id: customer.id }, data: { address: "北京市海淀区中关村大街 1 号" } });
    await ok(runAsStaff(officer, () => createExportAction({ kind: "LARGE_VALUE" })));
  });

  it("refuses an STR whose customer has no occupation, naming CTVC; once completed, the STR file validates", async () => {
    const customer = customers[1]!;
    await db.customer.update({ where: { id: customer.id }, data: { occupation: null } });
    const report = await approvedReport("SUSPICIOUS", customer);
    const result = await refused(runAsStaff(officer, () => createExportAction({ kind: "SUSPICIOUS" })));
    expect(result.message).toContain("CTVC");
    expect(result.message).toContain(report.reference);
    expect(await state([report.id])).toEqual([{ status: "APPROVED", version: report.version, exportId: null }]);

    await db.customer.update({ where: { id: customer.id }, data: { occupation: "4" } });
    const created = await ok(runAsStaff(officer, () => createExportAction({ kind: "SUSPICIOUS" })));
    expect(created.fileName).toMatch(/^NBSB0308H23100001\d{8}\d{4}\.XML$/);
    const file = await db.regulatoryExport.findUniqueOrThrow({ where: { id: created.exportId } });
    expect(await validateReportFile("SUSPICIOUS", file.content)).toEqual({ ok: true });
    const [str] = reportsOf(file.content, "BSRP") as { TPTR: string; TOSC: string; DETR: string; STCRS: { STCR: unknown }; SSDS: Record<string, string>; RPNM: string }[];
    expect(str).toMatchObject({ TPTR: "04", TOSC: "0201", DETR: "02", RPNM: officer.name });
    expect(asArray(str!.STCRS.STCR)).toEqual(["RAPID_IN_OUT", "DISPERSED_IN_CONCENTRATED_OUT"]);
    expect(str!.SSDS.AOSP).toBe("资金快进快出，与客户身份不符。");
  });

  it("is refused to the auditor, writing nothing", async () => {
    await approvedReport("LARGE_VALUE", customers[0]!);
    const exportsBefore = await db.regulatoryExport.count();
    const result = await refused(runAsStaff(auditor, () => createExportAction({ kind: "LARGE_VALUE" })));
    expect(result.error).toBe("forbidden");
    expect(await db.regulatoryExport.count()).toBe(exportsBefore);
  });
});

describe("POST /api/reports/exports/[id]", () => {
  const post = (staff: StaffSession, id: string, body?: unknown) =>
    runAsStaff(staff, () =>
      download(
        new Request(`http://localhost/api/reports/exports/${id}`, { method: "POST", headers: { "content-type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) }),
        { params: Promise.resolve({ id }) },
      ),
    );
  const downloads = (id: string) => db.auditEvent.findMany({ where: { action: REPORT_AUDIT.download, entityId: id }, orderBy: { id: "asc" } });

  it("refuses without pii:reveal, without report:file and without a reason; records a download with its reason", async () => {
    const file = await db.regulatoryExport.findFirstOrThrow({ orderBy: { createdAt: "desc" } });
    const reason = "报送中国反洗钱监测分析中心";

    denied.add("pii:reveal");
    try {
      expect((await post(officer, file.id, { reason })).status).toBe(403);
    } finally {
      denied.delete("pii:reveal");
    }
    expect(await db.auditEvent.count({ where: { action: REPORT_AUDIT.download, entityType: "Permission", entityId: "pii:reveal", outcome: "FAILURE" } })).toBe(1);

    expect((await post(auditor, file.id, { reason })).status).toBe(403);
    expect((await post(officer, file.id)).status).toBe(400);
    expect((await post(officer, file.id, { reason: "看看" })).status).toBe(400);
    const refusedOnes = await downloads(file.id);
    expect(refusedOnes.map((e) => [e.outcome, e.reason])).toEqual([
      ["FAILURE", "invalid-request"],
      ["FAILURE", "invalid-request"],
    ]);

    const response = await post(officer, file.id, { reason });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/xml; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="${file.fileName}"`);
    expect(await response.text()).toBe(file.content);
    const events = await downloads(file.id);
    expect(events).toHaveLength(3);
    expect(events[2]).toMatchObject({ outcome: "SUCCESS", reason, actorId: officer.id, entityType: EXPORT_ENTITY });
    expect(events[2]!.after).toMatchObject({ fileName: file.fileName, sha256: file.sha256 });
  });

  it("answers 404 for a file that does not exist, recording the miss", async () => {
    const response = await post(officer, "c0000000000000000000000000", { reason: "核对报送文件" });
    expect(response.status).toBe(404);
  });
});
