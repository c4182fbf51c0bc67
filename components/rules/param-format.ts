// A parameter's value in words, with its unit: money with lib/money.ts, ratios as percentages, the rest
// with the unit's words from the area's messages. No server imports: the server tables and the client
// editor both use it.
import type { ParamUnit } from "@/lib/fraud/rules/types";
import type { Messages } from "@/lib/i18n/messages/zh-CN";
import { fill } from "@/lib/i18n/fill";
import { formatCny, formatCount } from "@/lib/money";

export function formatParam(unit: ParamUnit, value: number | null, locale: string, m: Messages["rules"]): string {
  if (value === null) return m.none;
  if (unit === "fen") return formatCny(BigInt(Math.round(value)), locale);
  if (unit === "ratio") return new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 }).format(value);
  const number = Number.isInteger(value) ? formatCount(value, locale) : new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
  return fill(m.units[unit], { value: number });
}

export function formatShare(value: number | null, locale: string, m: Messages["rules"]): string {
  return value === null ? m.backtest.notApplicable : new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 }).format(value);
}
