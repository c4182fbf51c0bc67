import { describe, expect, it } from "vitest";
import { auditQueryString, auditTimeRange, readAuditCursor, readAuditFilters } from "@/lib/audit/schemas";

describe("audit filters from a URL", () => {
  it("reads filled fields, drops empty ones, and writes the same query back", () => {
    const params = new URLSearchParams("actor=staff_auditor&actorEmail=&action=auth.sign-in&outcome=FAILURE&from=2026-11-11T09:00&to=2026-11-11T18:00&before=120");
    const { filters, invalid } = readAuditFilters(params);
    expect(invalid).toEqual([]);
    expect(filters).toEqual({ actor: "staff_auditor", action: "auth.sign-in", outcome: "FAILURE", from: "2026-11-11T09:00", to: "2026-11-11T18:00" });
    expect(auditQueryString(filters, readAuditCursor(params))).toBe("?actor=staff_auditor&action=auth.sign-in&outcome=FAILURE&from=2026-11-11T09%3A00&to=2026-11-11T18%3A00&before=120");
    expect(auditQueryString({})).toBe("");
  });

  it("names invalid filters instead of ignoring them, and keeps what was typed", () => {
    expect(readAuditFilters({ from: "2026-02-30T10:00", outcome: "MAYBE" })).toMatchObject({ filters: {}, invalid: expect.arrayContaining(["from", "outcome"]) });
    expect(readAuditFilters({ from: "2026-11-11T18:00", to: "2026-11-11T09:00" })).toEqual({
      filters: {},
      invalid: ["to"],
      values: { from: "2026-11-11T18:00", to: "2026-11-11T09:00" },
    });
  });

  it("turns Beijing wall-clock times into instants, the end including its whole minute", () => {
    expect(auditTimeRange({ from: "2026-11-11T09:00", to: "2026-11-11T18:00" })).toEqual({
      gte: new Date("2026-11-11T01:00:00Z"),
      lt: new Date("2026-11-11T10:01:00Z"),
    });
    expect(auditTimeRange({})).toBeNull();
  });

  it("accepts only numeric cursors", () => {
    expect(readAuditCursor({ before: "12" })).toEqual({ before: 12n });
    expect(readAuditCursor({ after: "7" })).toEqual({ after: 7n });
    expect(readAuditCursor({ before: "1; DROP", after: "x" })).toEqual({});
  });
});
