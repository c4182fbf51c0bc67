// The period and the filters of an analytics URL in words, for the print header and the toolbar's summary.
// No server imports: client components call it with the strings from useMessages.
import type { AnalyticsPeriod } from "@/lib/analytics/period";
import { provinceStoredName, type AnalyticsFilters } from "@/lib/analytics/filters";
import { fill } from "@/lib/i18n/fill";
import { tierNumeral } from "@/lib/i18n/glossary";
import { provinceName } from "@/lib/i18n/regions";
import type { Messages } from "@/lib/i18n/messages/zh-CN";

export function describeRange(range: { from: string; to: string }, m: Messages["analytics"]["period"]): string {
  return range.from === range.to ? range.from : fill(m.rangeText, { from: range.from, to: range.to });
}

export function describePeriod(period: AnalyticsPeriod, m: Messages["analytics"]["period"]): { range: string; comparison: string } {
  const preset = period.preset === "custom" ? "" : `${m.presets[period.preset]} · `;
  return {
    range: `${preset}${describeRange(period.range, m)}`,
    comparison: period.compareRange ? `${m.comparisons[period.comparison]}（${describeRange(period.compareRange, m)}）` : m.noComparison,
  };
}

/** "渠道：扫码；商户类别：超市（5411）…", or the "none" text. */
export function describeFilters(
  filters: AnalyticsFilters,
  m: Messages["analytics"]["filters"],
  tx: Pick<Messages["transactions"], "channel" | "mcc">,
  locale: string,
): string {
  const parts: string[] = [];
  const sep = locale.startsWith("zh") ? "：" : ": ";
  if (filters.channel) parts.push(`${m.channel}${sep}${tx.channel[filters.channel]}`);
  if (filters.mcc) parts.push(`${m.mcc}${sep}${(tx.mcc as Record<string, string>)[filters.mcc] ?? filters.mcc} (${filters.mcc})`);
  if (filters.provinceCode) {
    const stored = provinceStoredName(filters.provinceCode);
    parts.push(`${m.province}${sep}${stored ? provinceName(stored, locale) : filters.provinceCode}`);
  }
  if (filters.tier) parts.push(`${m.tier}${sep}${fill(m.tierOption, { tier: tierNumeral(filters.tier) })}`);
  return parts.length === 0 ? m.none : parts.join(locale.startsWith("zh") ? "；" : "; ");
}
