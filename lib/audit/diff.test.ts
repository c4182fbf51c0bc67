import { describe, expect, it } from "vitest";
import { auditDiff, WHOLE_VALUE_KEY } from "@/lib/audit/diff";

describe("auditDiff", () => {
  it("compares nested objects key by key and keeps arrays whole", () => {
    const rows = auditDiff(
      { name: "李*", roles: ["AUDITOR"], limits: { daily: 100, monthly: 1000 }, active: true },
      { name: "李*", roles: ["AUDITOR", "ADMIN"], limits: { daily: 200, monthly: 1000 }, note: "晋升" },
    );
    expect(rows).toEqual([
      { key: "active", before: "true", status: "removed" },
      { key: "limits.daily", before: "100", after: "200", status: "changed" },
      { key: "limits.monthly", before: "1000", after: "1000", status: "unchanged" },
      { key: "name", before: "李*", after: "李*", status: "unchanged" },
      { key: "note", after: "晋升", status: "added" },
      { key: "roles", before: '["AUDITOR"]', after: '["AUDITOR","ADMIN"]', status: "changed" },
    ]);
  });

  it("treats a missing side as all added or all removed", () => {
    expect(auditDiff(null, { secondFactor: true })).toEqual([{ key: "secondFactor", after: "true", status: "added" }]);
    expect(auditDiff({ lockedUntil: "2026-11-11T07:00:00.000Z" }, null)).toEqual([{ key: "lockedUntil", before: "2026-11-11T07:00:00.000Z", status: "removed" }]);
    expect(auditDiff(null, null)).toEqual([]);
  });

  it("tells a string from a JSON null and shows plain values under one key", () => {
    expect(auditDiff({ reason: null }, { reason: "null" })).toEqual([{ key: "reason", before: "null", after: "null", status: "changed" }]);
    expect(auditDiff("a", "b")).toEqual([{ key: WHOLE_VALUE_KEY, before: "a", after: "b", status: "changed" }]);
  });
});
