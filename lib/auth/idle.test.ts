import { describe, expect, it } from "vitest";
import { sessionVerdict, shouldRefresh, warningLeadSeconds } from "./idle";

const limits = { idleSeconds: 900, maxSeconds: 12 * 3600 };

describe("session lifetime", () => {
  it("is active until 15 minutes pass without a request", () => {
    expect(sessionVerdict({ signedInAt: 0, lastSeenAt: 100 }, 100 + 899, limits)).toBe("active");
    expect(sessionVerdict({ signedInAt: 0, lastSeenAt: 100 }, 100 + 900, limits)).toBe("idle");
  });

  it("ends after 12 hours however busy the person is", () => {
    expect(sessionVerdict({ signedInAt: 0, lastSeenAt: 12 * 3600 - 1 }, 12 * 3600, limits)).toBe("expired");
  });

  it("treats tokens without times as over", () => {
    expect(sessionVerdict({}, 10, limits)).toBe("expired");
  });

  it("refreshes the idle clock every 30 seconds at most, and warns a minute ahead", () => {
    expect(shouldRefresh({ signedInAt: 0, lastSeenAt: 100 }, 129, limits)).toBe(false);
    expect(shouldRefresh({ signedInAt: 0, lastSeenAt: 100 }, 130, limits)).toBe(true);
    expect(warningLeadSeconds(900)).toBe(60);
    expect(warningLeadSeconds(45)).toBe(15);
  });
});
