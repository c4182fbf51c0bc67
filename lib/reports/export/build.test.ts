import { describe, expect, it } from "vitest";
import { buildReportFile } from "@/lib/reports/export/build";
import type { ExportHeader, ExportReport } from "@/lib/reports/export/elements";
import { elementOfMessage, referenceAtLine, validateReportFile } from "@/lib/reports/export/validate";

const header: ExportHeader = {
  institutionCode: "B0308H23100001",
  institutionName: "演示银行股份有限公司",
  reportDay: "2026-12-04",
  generatedAt: new Date("2026-12-04T02:30:00Z"),
  usdCnyRate: "7.100000",
};

function report(overrides: Partial<ExportReport> = {}): ExportReport {
  return {
    id: "r1",
    reference: "LVR-20261203-0001",
    largeValueCode: "0501",
    corrects: null,
    str: null,
    customer: { name: "张伟", idNumber: "11010519491231002X", nationality: "CHN", occupation: "4", phone: "13800138000", address: "北京市朝阳区建国路 1 号", walletId: "W000001", tier: 2 },
    transactions: [
      {
        id: 101n,
        createdAt: new Date("2026-12-02T16:00:00Z"), // 2026-12-03 00:00:00 in Beijing
        type: "TOP_UP",
        amountFen: 5_000_000n,
        currency: "CNY",
        originalAmountMinor: null,
        channel: "APP",
        merchantName: null,
        deviceId: "dev-1",
        ip: "203.0.113.7",
        counterparty: { kind: "card", holderName: "张伟", bin: "622848", last4: "1234", bankName: "中国农业银行" },
      },
      {
        id: 102n,
        createdAt: new Date("2026-12-03T04:05:06Z"),
        type: "PAYMENT",
        amountFen: 71_000n,
        currency: "USD",
        originalAmountMinor: 10_000n,
        channel: "ONLINE",
        merchantName: "Acme & Sons <Ltd>",
        deviceId: "dev-1",
        ip: "203.0.113.7",
        counterparty: { kind: "named", name: "Acme & Sons <Ltd>" },
      },
    ],
    ...overrides,
  };
}

const strReport = (overrides: Partial<ExportReport> = {}) =>
  report({
    reference: "STR-20261203-0007",
    largeValueCode: null,
    str: { trigger: "INTERNAL_CASE", crimeType: "TELECOM_FRAUD", characteristicCodes: ["RAPID_IN_OUT", "STRUCTURING"], narrativeFacts: "资金快进快出。\n共 2 笔。", narrativeAnalysis: "疑似电信诈骗。", urgent: true, reporterName: "李娜" },
    ...overrides,
  });

describe("buildReportFile", () => {
  it("writes a large-value file that validates, with times in Beijing, amounts in CNY and USD, and escaped text", async () => {
    const built = buildReportFile("LARGE_VALUE", header, [report()]);
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    expect(built.xml).toContain("<TSTM>20261203000000</TSTM>");
    expect(built.xml).toContain("<CRMB>50000.00</CRMB>");
    expect(built.xml).toContain("<CUSD>7042.25</CUSD>"); // ¥50,000 / 7.1
    expect(built.xml).toContain("<CRAT>100.00</CRAT>"); // the USD payment in its own currency
    expect(built.xml).toContain("<CUSD>100.00</CUSD>");
    expect(built.xml).toContain("<TCAC>622848******1234</TCAC>");
    expect(built.xml).toContain("<TCID>@N</TCID>");
    expect(built.xml).toContain("Acme &amp; Sons &lt;Ltd&gt;");
    expect(built.xml).toContain("<CATP>II类</CATP>");
    expect(await validateReportFile("LARGE_VALUE", built.xml)).toEqual({ ok: true });
  });

  it("writes a suspicious file that validates", async () => {
    const built = buildReportFile("SUSPICIOUS", header, [strReport()]);
    if (!built.ok) throw new Error(JSON.stringify(built.problem));
    expect(built.xml).toMatch(/<TPTR>04<\/TPTR>\s*<TOSC>0201<\/TOSC>\s*<DETR>02<\/DETR>/);
    expect(built.xml).toContain("<RPTM>20261204103000</RPTM>");
    expect(await validateReportFile("SUSPICIOUS", built.xml)).toEqual({ ok: true });
  });

  it("refuses a missing mandatory customer element by name, never writing a placeholder", () => {
    const built = buildReportFile("LARGE_VALUE", header, [report({ customer: { ...report().customer, address: "  " } })]);
    expect(built).toEqual({ ok: false, problem: { element: "CTAR", reference: "LVR-20261203-0001", detail: null } });
    const noOccupation = buildReportFile("LARGE_VALUE", header, [report(), report({ reference: "LVR-20261203-0002", customer: { ...report().customer, occupation: null } })]);
    expect(noOccupation).toEqual({ ok: false, problem: { element: "CTVC", reference: "LVR-20261203-0002", detail: null } });
  });

  it("refuses an STR without characteristics or narrative", () => {
    expect(buildReportFile("SUSPICIOUS", header, [strReport({ str: { ...strReport().str!, characteristicCodes: [] } })])).toMatchObject({ ok: false, problem: { element: "STCR" } });
    expect(buildReportFile("SUSPICIOUS", header, [strReport({ str: { ...strReport().str!, narrativeAnalysis: "" } })])).toMatchObject({ ok: false, problem: { element: "AOSP" } });
  });
});

describe("validateReportFile", () => {
  it("names the element and the report when the schema refuses a file", async () => {
    const built = buildReportFile("LARGE_VALUE", header, [report(), report({ reference: "LVR-20261203-0002" })]);
    if (!built.ok) throw new Error("built");
    // Take the second report's address out behind the builder's back: the schema still catches it.
    const parts = built.xml.split(/(?=<RPT>)/);
    parts[2] = parts[2]!.replace(/\s*<CTAR>[^<]*<\/CTAR>/, "");
    const result = await validateReportFile("LARGE_VALUE", parts.join(""));
    expect(result).toMatchObject({ ok: false, problem: { element: "CTAR", reference: "LVR-20261203-0002" } });
    const badTime = await validateReportFile("LARGE_VALUE", built.xml.replace("<TSTM>20261203000000</TSTM>", "<TSTM>2026-12-03</TSTM>"));
    expect(badTime).toMatchObject({ ok: false, problem: { element: "TSTM", reference: "LVR-20261203-0001" } });
  });

  it("reads libxml2's messages", () => {
    expect(elementOfMessage("Schemas validity error : Element 'CTIF': Missing child element(s). Expected is ( CTAR ).")).toBe("CTAR");
    expect(elementOfMessage("Schemas validity error : Element 'CATP': This element is not expected. Expected is ( CTAR ).")).toBe("CTAR");
    expect(elementOfMessage("Schemas validity error : Element 'TSTM': [facet 'pattern'] The value '1' is not accepted.")).toBe("TSTM");
    expect(referenceAtLine("<a>\n<RPID>LVR-1</RPID>\n<b/>\n<RPID>LVR-2</RPID>", 3)).toBe("LVR-1");
  });
});
