import { describe, expect, it } from "vitest";
import { decodeQueueCursor, encodeQueueCursor, queueHref, readQueueCursor, readQueueFilters, readQueueSort } from "./schemas";

describe("the queue's view in a URL", () => {
  it("reads filters leniently: a bad value costs only that filter", () => {
    expect(readQueueFilters({ status: "NEEDS_INFO", risk: "HIGH", tier: "3", province: "广东省", assignee: "me", overdue: "1", awaitingLead: "1" })).toEqual({
      status: "NEEDS_INFO",
      risk: "HIGH",
      tier: 3,
      province: "广东省",
      assignee: "me",
      overdue: true,
      awaitingLead: true,
    });
    const bad = readQueueFilters(new URLSearchParams("status=ARCHIVED&risk=EXTREME&tier=9&assignee=x%20y&overdue=maybe&province=%E5%B9%BF%E4%B8%9C%E7%9C%81"));
    expect(bad).toMatchObject({ status: "open", risk: undefined, tier: undefined, assignee: undefined, overdue: false, awaitingLead: false, province: "广东省" });
    expect(readQueueSort({ sort: "risk" })).toBe("risk");
    expect(readQueueSort({ sort: "name" })).toBe("submitted");
  });

  it("writes a view back without its defaults, so the plain queue is just /kyc", () => {
    expect(queueHref(readQueueFilters({}))).toBe("/kyc");
    expect(queueHref(readQueueFilters({ risk: "HIGH", overdue: "1" }), "due")).toBe("/kyc?risk=HIGH&overdue=1&sort=due");
    expect(queueHref(readQueueFilters({ status: "APPROVED", assignee: "staff_officer2" }), "submitted", { direction: "after", token: "abc" })).toBe("/kyc?status=APPROVED&assignee=staff_officer2&after=abc");
  });

  it("round-trips cursors and refuses one made for another sort, or tampered with", () => {
    const token = encodeQueueCursor({ sort: "risk", values: [87, "2026-11-11T06:30:00.000Z"], id: "K000000011" });
    expect(token).toMatch(/^[\w-]+$/);
    expect(decodeQueueCursor(token, "risk", "before")).toEqual({ direction: "before", sort: "risk", values: [87, "2026-11-11T06:30:00.000Z"], id: "K000000011" });
    expect(decodeQueueCursor(token, "submitted", "after")).toBeNull();
    expect(readQueueCursor({ after: token }, "due")).toBeNull();
    expect(readQueueCursor({ after: "not-base64!" }, "risk")).toBeNull();
    const wrongTime = encodeQueueCursor({ sort: "due", values: ["yesterday"], id: "K1" });
    expect(decodeQueueCursor(wrongTime, "due", "after")).toBeNull();
    const injected = encodeQueueCursor({ sort: "submitted", values: ["2026-11-11T06:30:00.000Z"], id: "K1'; DROP TABLE x; --" });
    expect(decodeQueueCursor(injected, "submitted", "after")).toBeNull();
  });
});
