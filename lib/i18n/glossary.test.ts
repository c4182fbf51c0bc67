import { describe, expect, it } from "vitest";
import { GLOSSARY, tierNumeral, type GlossaryEntry } from "@/lib/i18n/glossary";
import { en } from "@/lib/i18n/messages/en";
import { zhCN } from "@/lib/i18n/messages/zh-CN";

/** Every message of a catalogue as [dot path, text]. */
function messages(node: unknown, path = ""): [string, string][] {
  if (typeof node === "string") return [[path, node]];
  return Object.entries(node as Record<string, unknown>).flatMap(([key, value]) => messages(value, path ? `${path}.${key}` : key));
}

const CATALOGUES = { "zh-CN": messages(zhCN), en: messages(en) } as const;
const ENTRIES = Object.entries(GLOSSARY) as [string, GlossaryEntry][];

describe.each(["zh-CN", "en"] as const)("the %s catalogue speaks the glossary", (locale) => {
  it("uses no banned variant of a concept the glossary lists", () => {
    const found = ENTRIES.flatMap(([concept, entry]) =>
      (entry.banned?.[locale] ?? []).flatMap((pattern) =>
        CATALOGUES[locale].filter(([, text]) => pattern.test(text)).map(([key, text]) => `${key}: "${text}" (${concept}: say "${entry[locale]}")`),
      ),
    );
    expect(found.join("\n")).toBe("");
  });

  it("names each listed concept with exactly its term wherever a key names it", () => {
    const found = ENTRIES.flatMap(([concept, entry]) =>
      entry.keys
        ? CATALOGUES[locale].filter(([key, text]) => entry.keys!.test(key) && text !== entry[locale]).map(([key, text]) => `${key}: "${text}" (${concept}: "${entry[locale]}")`)
        : [],
    );
    expect(found.join("\n")).toBe("");
  });

  it("finds every key a concept claims (a renamed key must not silently drop out)", () => {
    const missing = ENTRIES.filter(([, entry]) => entry.keys && !CATALOGUES[locale].some(([key]) => entry.keys!.test(key))).map(([concept]) => concept);
    expect(missing).toEqual([]);
  });
});

describe("the glossary itself", () => {
  it("does not ban its own terms", () => {
    for (const [concept, entry] of ENTRIES) {
      for (const locale of ["zh-CN", "en"] as const) {
        for (const pattern of entry.banned?.[locale] ?? []) expect(pattern.test(entry[locale]), `${concept} ${locale} ${pattern}`).toBe(false);
      }
    }
  });

  it("numbers account classes as the regulator does", () => {
    expect([1, 2, 3].map(tierNumeral)).toEqual(["I", "II", "III"]);
    expect(tierNumeral(7)).toBe("7");
  });
});
