import { describe, expect, it } from "vitest";
import { auditCsvRecord } from "@/lib/audit/csv";
import type { AuditExportRow } from "@/lib/audit/queries";
import { translator } from "@/lib/i18n/translate";

describe("audit CSV rows", () => {
  it("export personal data masked by today's policy, also from an event stored under an older rule", () => {
    // Written before names were masked in audit records, and with the old "***" for an address.
    const row = {
      id: 7n, createdAt: new Date("2026-11-10T16:30:05Z"), actor: { name: "周敏" }, actorEmail: "officer@wallet.bank", actorId: "staff_officer",
      action: "customer.update", entityType: "Customer", entityId: "C000123", outcome: "SUCCESS", reason: null, ip: null, userAgent: null,
      before: { name: "王小明", phone: "13812345678", address: "***" }, after: { enteredData: { idNumber: "51070319840509876X", birthDate: "1984-05-09" } },
      prevHash: "a", hash: "b",
    } as unknown as AuditExportRow;
    const record = auditCsvRecord(row, translator("en"));
    expect(JSON.parse(record.before)).toEqual({ name: "王**", phone: "138****5678", address: "***" });
    expect(JSON.parse(record.after)).toEqual({ enteredData: { idNumber: "510703********876X", birthDate: "1984-**-**" } });
  });
});
