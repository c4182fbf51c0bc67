// The one place a country, region or province gets its name on screen and in exports. No server imports:
// server and client components both call it.
//
// Taiwan, Hong Kong and Macao are named as the bank's regulators write them (中国台湾 / "Taiwan, China",
// 中国香港特别行政区 / "Hong Kong SAR, China"), not as Intl/CLDR prints them ("台湾" / "Taiwan", "Hong Kong
// SAR China"), which a Chinese bank's screens and reports must not show.
import { PROVINCES } from "@/lib/sim/data/regions";

type RegionLocale = "zh-CN" | "en";

const REGULATOR_NAMES: Readonly<Record<string, Record<RegionLocale, string>>> = {
  TW: { "zh-CN": "中国台湾", en: "Taiwan, China" },
  HK: { "zh-CN": "中国香港特别行政区", en: "Hong Kong SAR, China" },
  MO: { "zh-CN": "中国澳门特别行政区", en: "Macao SAR, China" },
};

function regionLocale(locale: string): RegionLocale {
  return locale.toLowerCase().startsWith("zh") ? "zh-CN" : "en";
}

/** A country's or region's name in the reader's language (日本 / Japan, 中国台湾 / Taiwan, China), from its
 *  ISO 3166 code; the code itself when neither list knows it. */
export function countryName(code: string, locale: string): string {
  const upper = code.toUpperCase();
  const regulator = REGULATOR_NAMES[upper];
  if (regulator) return regulator[regionLocale(locale)];
  try {
    return displayNames(locale).of(upper) ?? code;
  } catch {
    return code;
  }
}

// Callers such as the fraud worker name the same few countries over and over: one formatter a locale.
const DISPLAY_NAMES = new Map<string, Intl.DisplayNames>();

function displayNames(locale: string): Intl.DisplayNames {
  let names = DISPLAY_NAMES.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: "region" });
    DISPLAY_NAMES.set(locale, names);
  }
  return names;
}

/** A country's or region's name in both of the console's languages, for text stored in both at once (a
 *  fraud rule's explanation): { "zh-CN": "中国香港特别行政区", en: "Hong Kong SAR, China" }. */
export function countryNames(code: string): Record<RegionLocale, string> {
  return { "zh-CN": countryName(code, "zh-CN"), en: countryName(code, "en") };
}

/** "日本 (JP)": how a list or filter offers a country, so the code a CSV carries is findable on screen. */
export function countryLabel(code: string, locale: string): string {
  const name = countryName(code, locale);
  return name === code ? code : `${name} (${code})`;
}

const PROVINCE_EN: ReadonlyMap<string, string> = new Map(PROVINCES.map((p) => [p.name, p.nameEn]));
const CITY_EN: ReadonlyMap<string, string> = new Map(PROVINCES.flatMap((p) => p.cities.map((c) => [c.name, c.nameEn] as const)));

function inEnglish(names: ReadonlyMap<string, string>, name: string, locale: string): string {
  return regionLocale(locale) === "zh-CN" ? name : (names.get(name) ?? name);
}

/** A mainland province as stored ("广东省") in the reader's language ("Guangdong"); a name the reference
 *  list does not know stays as it was written, since it is then a data value, not a label of ours. */
export function provinceName(name: string, locale: string): string {
  return inEnglish(PROVINCE_EN, name, locale);
}

/** Where a customer lives, province and city, in the reader's language: "广东省 广州市" / "Guangzhou,
 *  Guangdong". The street address is a data value and is never translated. */
export function placeName(province: string, city: string, locale: string): string {
  if (regionLocale(locale) === "zh-CN") return city && city !== province ? `${province} ${city}` : province;
  const cityEn = inEnglish(CITY_EN, city, locale);
  const provinceEn = provinceName(province, locale);
  return city && cityEn !== provinceEn ? `${cityEn}, ${provinceEn}` : provinceEn;
}
