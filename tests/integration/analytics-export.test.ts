// The analytics CSV export (app/api/analytics/export, lib/analytics/export/run.ts): a dataset's rows stream
// out formula-safe with a BOM after the export is audited with its dataset and parameters; a dataset is
// refused without its own permission (recorded), an unknown dataset or an unreadable parameter is a clear
// 400, and a role without analytics at all is refused by the route.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runAsStaff } from "@/lib/actions/context";
import type { Db } from "@/lib/db/client";
import { DEMO_STAFF } from "@/lib/sim/staff";
import { runAnalyticsExport } from "@/lib/analytics/export/run";
import { ANALYTICS_DATASETS, type DatasetRegistry } from "@/lib/analytics/export/datasets";
import { GET as exportAnalytics } from "@/app/api/analytics/export/route";
import { freshPopulation, testDb } from "@/tests/support/database";

let db: Db;

const staff = (id: string) => {
  const s = DEMO_STAFF.find((member) => member.id === id)!;
  return { id: s.id, name: s.name, email: s.email, roles: [...s.roles] };
};
const meta = { ip: "127.0.0.1", userAgent: "vitest" };

const seen: Record<string, string>[] = [];
const registry: DatasetRegistry = {
  "test-rows": {
    permission: "analytics:transactions",
    columns: [
      { key: "label", header: "label" },
      { key: "count", header: "count" },
    ],
    async rows(_db, params) {
      seen.push(params);
      return [
        { label: "=HYPERLINK(\"http://x\")", count: "1" },
        { label: "上海市", count: "2" },
        { label: "+86", count: "-3" },
      ];
    },
  },
  "test-fraud": {
    permission: "analytics:fraud",
    columns: [{ key: "day", header: "day" }],
    rows: async () => [{ day: "2026-11-01" }],
  },
};

async function body(response: Response): Promise<string> {
  return Buffer.from(await response.arrayBuffer()).toString("utf8");
}

const exports = (outcome: "SUCCESS" | "FAILURE") => db.auditEvent.count({ where: { action: "analytics.export", outcome } });

beforeAll(async () => {
  db = testDb();
  await freshPopulation(db, { customers: 40, days: 10 });
});

afterAll(async () => {
  await db.$disconnect();
});

describe("analytics export", () => {
  it("audits the export with its dataset and parameters, then streams formula-safe rows with a BOM", async () => {
    const before = await exports("SUCCESS");
    const query = { dataset: "test-rows", range: "7d", compare: "year", channel: "QR", province: "31" };
    const response = await runAsStaff(staff("staff_manager"), () =>
      runAnalyticsExport({ registry, query, staff: staff("staff_manager"), meta, locale: "zh-CN", now: new Date("2026-11-11T06:30:00Z") }),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="analytics-test-rows-2026-11-05_2026-11-11.csv"');
    // Audited before a byte of the body was read.
    expect(await exports("SUCCESS")).toBe(before + 1);
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "analytics.export", outcome: "SUCCESS" }, orderBy: { id: "desc" } });
    expect(event).toMatchObject({ actorId: "staff_manager", entityType: "AnalyticsDataset", entityId: "test-rows", after: { dataset: "test-rows", params: { range: "7d", compare: "year", channel: "QR", province: "31" } } });
    expect(seen.at(-1)).toEqual({ range: "7d", compare: "year", channel: "QR", province: "31" });

    const text = await body(response);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.slice(1).split("\r\n")).toEqual(["label,count", `"'=HYPERLINK(""http://x"")",1`, "上海市,2", "'+86,-3", ""]);
  });

  it("refuses a dataset without its permission and records the refusal", async () => {
    const refusals = await db.auditEvent.count({ where: { action: "analytics.export", outcome: "FAILURE", entityId: "analytics:fraud" } });
    const response = await runAnalyticsExport({ registry, query: { dataset: "test-fraud" }, staff: staff("staff_marketing"), meta, locale: "zh-CN" });
    expect(response.status).toBe(403);
    expect(await db.auditEvent.count({ where: { action: "analytics.export", outcome: "FAILURE", entityId: "analytics:fraud" } })).toBe(refusals + 1);
    const lead = await runAnalyticsExport({ registry, query: { dataset: "test-fraud" }, staff: staff("staff_lead"), meta, locale: "zh-CN" });
    expect(lead.status).toBe(200);
    expect((await body(lead)).slice(1)).toBe("day\r\n2026-11-01\r\n");
  });

  it("answers 400 with a clear message for an unknown dataset or parameters it cannot read, exporting nothing", async () => {
    const successes = await exports("SUCCESS");
    const unknown = await runAnalyticsExport({ registry, query: { dataset: "no-such-thing" }, staff: staff("staff_manager"), meta, locale: "zh-CN" });
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toMatchObject({ error: "unknown-dataset", dataset: "no-such-thing", message: "未知的数据集：no-such-thing" });
    const empty = await runAnalyticsExport({ registry, query: { dataset: "" }, staff: staff("staff_manager"), meta, locale: "en" });
    expect(empty.status).toBe(400);
    expect(await empty.json()).toMatchObject({ error: "unknown-dataset", message: "Unknown dataset: " });
    // Without a dataset at all: the index of what this role may export.
    const index = await runAnalyticsExport({ registry, query: {}, staff: staff("staff_marketing"), meta, locale: "en" });
    expect(index.status).toBe(200);
    expect(await index.json()).toEqual({ datasets: ["test-rows"] });
    // Inherited object keys are not datasets.
    expect((await runAnalyticsExport({ registry, query: { dataset: "constructor" }, staff: staff("staff_manager"), meta, locale: "zh-CN" })).status).toBe(400);

    const bad = await runAnalyticsExport({
      registry,
      query: { dataset: "test-rows", range: "custom", from: "2026-13-01", to: "2026-11-01", channel: "PIGEON", tier: "9" },
      staff: staff("staff_manager"),
      meta,
      locale: "zh-CN",
      now: new Date("2026-11-11T06:30:00Z"),
    });
    expect(bad.status).toBe(400);
    const answer = (await bad.json()) as { error: string; fields: string[]; message: string };
    expect(answer.error).toBe("invalid");
    expect(answer.fields.sort()).toEqual(["channel", "from", "tier"]);
    expect(answer.message).toContain("channel");
    expect(await exports("SUCCESS")).toBe(successes);
  });

  it("serves the registered datasets through the route, refusing roles without analytics", async () => {
    const url = (query: string) => new Request(`http://localhost/api/analytics/export?${query}`);
    const auditor = await runAsStaff(staff("staff_auditor"), () => exportAnalytics(url("dataset=fraud-rules")));
    expect(auditor.status).toBe(403);
    expect((await runAsStaff(null, () => exportAnalytics(url("dataset=fraud-rules")))).status).toBe(401);
    // A marketing user holds analytics:view but not the fraud part.
    expect((await runAsStaff(staff("staff_marketing"), () => exportAnalytics(url("dataset=fraud-rules")))).status).toBe(403);

    const first = Object.entries(ANALYTICS_DATASETS)[0]!;
    const response = await runAsStaff(staff("staff_manager"), () => exportAnalytics(url(`dataset=${first[0]}&range=30d`)));
    expect(response.status).toBe(200);
    const text = await body(response);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.slice(1).split("\r\n")[0]).toBe(first[1].columns.map((c) => c.header).join(","));
    const unknown = await runAsStaff(staff("staff_manager"), () => exportAnalytics(url("dataset=nope")));
    expect(unknown.status).toBe(400);
  });
});
