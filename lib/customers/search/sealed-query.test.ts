import { describe, expect, it, vi } from "vitest";

// lib/env reads the environment once, when first imported: the key must be there before that.
vi.hoisted(() => {
  process.env.NEXTAUTH_SECRET = "unit-test-secret-0123456789abcdefghijklmnop";
});

const { openCustomerQuery, sealCustomerQuery } = await import("./sealed-query");
const { isFullIdNumberQuery } = await import("./query-shape");

const ID = "11010519491231002X";
const now = new Date("2026-12-01T08:00:00Z");

describe("sealed customer searches", () => {
  it("carries the query opaquely and opens it for the same staff member", () => {
    const token = sealCustomerQuery(ID, "staff_officer", now);
    expect(token).not.toContain(ID);
    expect(token).not.toContain("1101051949");
    expect(openCustomerQuery(token, "staff_officer", new Date(now.getTime() + 60_000))).toBe(ID);
  });

  it("refuses another staff member's token, an expired one and an altered one", () => {
    const token = sealCustomerQuery(ID, "staff_officer", now);
    expect(openCustomerQuery(token, "staff_officer2", now)).toBeNull();
    expect(openCustomerQuery(token, "staff_officer", new Date(now.getTime() + 16 * 60_000))).toBeNull();
    const [version, iv, tag, body] = token.split(".");
    // The first character: the last one of base64url may carry only padding bits, which decoding drops.
    const flipped = (body!.startsWith("A") ? "B" : "A") + body!.slice(1);
    expect(openCustomerQuery([version, iv, tag, flipped].join("."), "staff_officer", now)).toBeNull();
    expect(openCustomerQuery("not-a-token", "staff_officer", now)).toBeNull();
  });

  it("tells a whole ID number from everything else, as the classifier reads it", () => {
    expect(isFullIdNumberQuery(ID)).toBe(true);
    expect(isFullIdNumberQuery(" 110105 19491231 002x ")).toBe(true);
    expect(isFullIdNumberQuery("１１０１０５１９４９１２３１００２Ｘ")).toBe(true);
    expect(isFullIdNumberQuery("110105********002X")).toBe(false);
    expect(isFullIdNumberQuery("13812345678")).toBe(false);
    expect(isFullIdNumberQuery("zhangwei")).toBe(false);
  });
});
