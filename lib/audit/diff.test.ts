import { describe, expect, it } from "vitest";
import { auditDiff, isShownFirst, personIdsIn, WHOLE_VALUE_KEY } from "@/lib/audit/diff";

describe("auditDiff", () => {
  it("compares nested objects key by key and keeps arrays whole", () => {
    const rows = auditDiff(
      { name: "李*", roles: ["AUDITOR"], limits: { daily: 100, monthly: 1000 } },
      { name: "李*", roles: ["AUDITOR", "ADMIN"], limits: { daily: 200, monthly: 1000 } },
    );
    expect(rows).toEqual([
      { key: "limits.daily", before: 100, after: 200, status: "changed" },
      { key: "limits.monthly", before: 1000, after: 1000, status: "unchanged" },
      { key: "name", before: "李*", after: "李*", status: "unchanged" },
      { key: "roles", before: ["AUDITOR"], after: ["AUDITOR", "ADMIN"], status: "changed" },
    ]);
  });

  it("does not call a field removed or added when the other side simply did not record it", () => {
    // A KYC approval: the before side notes the risk level and the pending flag, the after side the wallet.
    const rows = auditDiff(
      { status: "IN_REVIEW", approvalPending: false, decidedById: null, riskLevel: "LOW", version: 3 },
      { status: "APPROVED", decidedById: "staff-1", wallet: { status: "ACTIVE" }, version: 4 },
    );
    expect(rows.map((row) => [row.key, row.status])).toEqual([
      ["approvalPending", "context"],
      ["decidedById", "changed"],
      ["riskLevel", "context"],
      ["status", "changed"],
      ["version", "changed"],
      ["wallet.status", "recorded"],
    ]);
    expect(rows.filter(isShownFirst).map((row) => row.key)).toEqual(["decidedById", "status", "version", "wallet.status"]);
    expect(rows.some((row) => row.status === "removed")).toBe(false);
  });

  it("shows a field explicitly set to null as a change", () => {
    expect(auditDiff({ lockedUntil: "2026-11-11T07:00:00.000Z", failedAttempts: 5 }, { lockedUntil: null, failedAttempts: 0 })).toEqual([
      { key: "failedAttempts", before: 5, after: 0, status: "changed" },
      { key: "lockedUntil", before: "2026-11-11T07:00:00.000Z", after: null, status: "changed" },
    ]);
  });

  it("treats a missing side as all added or all removed", () => {
    expect(auditDiff(null, { secondFactor: true })).toEqual([{ key: "secondFactor", after: true, status: "added" }]);
    expect(auditDiff({ lockedUntil: "2026-11-11T07:00:00.000Z" }, null)).toEqual([{ key: "lockedUntil", before: "2026-11-11T07:00:00.000Z", status: "removed" }]);
    expect(auditDiff(null, null)).toEqual([]);
  });

  it("tells a string from a JSON null and shows plain values under one key", () => {
    expect(auditDiff({ reason: null }, { reason: "null" })).toEqual([{ key: "reason", before: null, after: "null", status: "changed" }]);
    expect(auditDiff("a", "b")).toEqual([{ key: WHOLE_VALUE_KEY, before: "a", after: "b", status: "changed" }]);
  });

  it("finds the ids of people in keys ending in Id", () => {
    const rows = auditDiff({ decidedById: null, assigneeId: "s1" }, { decidedById: "s2", assigneeId: "s3", noteId: "n1", body: "s4" });
    expect(personIdsIn(rows).sort()).toEqual(["n1", "s1", "s2", "s3"]);
  });
});
