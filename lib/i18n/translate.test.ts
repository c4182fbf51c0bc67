import { describe, expect, it } from "vitest";
import { CATALOGUES, translator } from "./translate";

function keys(node: unknown, prefix = ""): string[] {
  return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) => (typeof v === "string" ? [prefix + k] : keys(v, `${prefix}${k}.`)));
}

describe("i18n", () => {
  it("has every zh-CN key in English too, and no English-only keys", () => {
    expect(keys(CATALOGUES.en).sort()).toEqual(keys(CATALOGUES["zh-CN"]).sort());
  });

  it("fills placeholders and keeps unknown ones visible", () => {
    expect(translator("en")("overview.greeting", { name: "Lin" })).toBe("Hello, Lin");
    expect(translator("zh-CN")("overview.greeting", { name: "林晓雯" })).toBe("林晓雯，您好");
    expect(translator("en")("overview.greeting")).toBe("Hello, {name}");
  });

  it("has no empty messages", () => {
    for (const locale of ["zh-CN", "en"] as const) {
      const t = translator(locale);
      for (const key of keys(CATALOGUES[locale])) expect(t(key as never).trim(), `${locale} ${key}`).not.toBe("");
    }
  });
});
