import { describe, expect, it } from "vitest";
import { formatDate, formatDateOnly, formatDateTime, formatDateTimeSeconds, parseShanghaiLocal, shanghaiIsoString, startOfShanghaiYear } from "@/lib/time";

describe("Shanghai local date-times", () => {
  it("reads a datetime-local value as Beijing time, whatever the server's zone", () => {
    expect(parseShanghaiLocal("2026-11-11T14:30")?.toISOString()).toBe("2026-11-11T06:30:00.000Z");
    expect(parseShanghaiLocal("2026-11-11T00:00:59")?.toISOString()).toBe("2026-11-10T16:00:59.000Z");
  });

  it("refuses what is not a real Shanghai wall-clock time", () => {
    for (const value of ["", "2026-11-11", "2026-11-11 14:30", "2026-02-30T10:00", "2026-13-01T10:00", "2026-11-11T24:00", "2026-11-11T14:30Z", "2026-11-11T14:30+08:00"]) {
      expect(parseShanghaiLocal(value), value).toBeNull();
    }
  });

  it("writes instants back in Shanghai time with the offset, to the millisecond", () => {
    expect(shanghaiIsoString(new Date("2026-11-10T16:00:05.123Z"))).toBe("2026-11-11T00:00:05.123+08:00");
    const instant = new Date("2026-11-11T06:30:00Z");
    expect(parseShanghaiLocal(shanghaiIsoString(instant).slice(0, 16))).toEqual(instant);
  });

  it("shows seconds", () => {
    expect(formatDateTimeSeconds(new Date("2026-11-11T06:30:05Z"), "zh-CN")).toBe("2026-11-11 14:30:05");
    expect(formatDateTimeSeconds(new Date("2026-11-11T06:30:05Z"), "en")).toBe("2026-11-11 14:30:05");
    // 23:30 UTC is already the next day in Shanghai.
    expect(formatDateTime(new Date("2026-11-10T23:30:00Z"), "en")).toBe("2026-11-11 07:30");
    expect(formatDate(new Date("2026-11-10T16:00:00Z"))).toBe("2026-11-11");
    expect(formatDateOnly(new Date("1990-03-07T00:00:00Z"))).toBe("1990-03-07");
  });
});

describe("Shanghai years", () => {
  it("starts the year at midnight Beijing time, which is the previous day in UTC", () => {
    expect(startOfShanghaiYear(new Date("2026-07-01T12:00:00Z")).toISOString()).toBe("2025-12-31T16:00:00.000Z");
    // 2026-12-31 17:00 UTC is already 2027-01-01 01:00 in Shanghai.
    expect(startOfShanghaiYear(new Date("2026-12-31T17:00:00Z")).toISOString()).toBe("2026-12-31T16:00:00.000Z");
  });
});
