import { describe, expect, it } from "vitest";
import { translator } from "@/lib/i18n/translate";
import { durationParts, formatDuration } from "./duration";

describe("queue durations", () => {
  it("shows minutes, then hours and minutes, then days and hours from two days on", () => {
    const zh = translator("zh-CN");
    const en = translator("en");
    expect(formatDuration(0, zh)).toBe("0 分");
    expect(formatDuration(59, en)).toBe("59 min");
    expect(formatDuration(3 * 60 + 12, zh)).toBe("3 小时 12 分");
    expect(formatDuration(3 * 60 + 12, en)).toBe("3 h 12 min");
    expect(formatDuration(47 * 60 + 59, zh)).toBe("47 小时 59 分");
    expect(formatDuration(48 * 60, en)).toBe("2 d 0 h");
    expect(formatDuration(3 * 1440 + 5 * 60 + 59, zh)).toBe("3 天 5 小时");
  });

  it("never shows a negative or fractional wait", () => {
    expect(durationParts(-5)).toEqual({ days: 0, hours: 0, minutes: 0 });
    expect(durationParts(61.9)).toEqual({ days: 0, hours: 1, minutes: 1 });
  });
});
