// A promotion in one plain sentence, the way marketing would say it ("二维码支付满 ¥100 返 ¥5，每人最多 3 次，
// II、III类账户，11 月 1 日至 11 日，预算 ¥200,000"). The editor recomputes it on every keystroke, so it runs in
// the browser: no server imports, no zod, and the messages come in as an argument. A half-typed draft is
// normal input here: a missing or unreadable value leaves its clause out (or shows a blank), never throws.
import { tierNumeral } from "@/lib/i18n/glossary";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages/zh-CN";
import { provinceName } from "@/lib/i18n/regions";
import { formatCny } from "@/lib/money";
import type { PromotionParams } from "@/lib/promotions/params";
import { shanghaiDay, shanghaiIsoString } from "@/lib/time";

/** What the summary reads: useMessages("promotions") and useMessages("transactions") on the client. */
export interface SummaryMessages {
  promotions: Pick<Messages["promotions"], "summary">;
  transactions: Pick<Messages["transactions"], "mcc">;
}

/** A draft as the form holds it: any field may be missing, null or not yet valid. */
export type DraftParams = { [K in keyof PromotionParams]?: PromotionParams[K] | null };

type Words = Messages["promotions"]["summary"];

const fenValue = (value: unknown): bigint | null => (typeof value === "number" && Number.isFinite(value) ? BigInt(Math.round(value)) : null);
const intValue = (value: unknown): number | null => (typeof value === "number" && Number.isFinite(value) ? value : null);
const listValue = <T>(value: unknown): T[] => (Array.isArray(value) ? (value as T[]) : []);

/** ¥100 rather than ¥100.00: a campaign's round amounts read as marketing writes them. */
export function summaryMoney(fen: bigint, locale: string): string {
  return formatCny(fen, locale).replace(/\.00$/, "");
}

/** "5%", "2.5%", "0.01%": basis points without trailing zeros. */
export function percentText(bps: number): string {
  return `${Number((bps / 100).toFixed(2))}%`;
}

/** "A、B或C" / "A, B or C". */
export function joinList(items: readonly string[], separator: string, last: string): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(separator)}${last}${items[items.length - 1]}`;
}

const MONTH_NAMES = new Map<string, string[]>();
function monthName(month: number, locale: string): string {
  let names = MONTH_NAMES.get(locale);
  if (!names) {
    const format = new Intl.DateTimeFormat(locale, { month: "short", timeZone: "UTC" });
    names = Array.from({ length: 12 }, (_, i) => format.format(new Date(Date.UTC(2000, i, 15))));
    MONTH_NAMES.set(locale, names);
  }
  return names[month - 1] ?? String(month);
}

function validDate(value: unknown): Date | null {
  if (typeof value !== "string") return null;
  const time = Date.parse(value);
  return Number.isFinite(time) ? new Date(time) : null;
}

function dateText(day: string, w: Words, locale: string, withYear: boolean): string {
  const [year, month, dayOfMonth] = day.split("-").map(Number) as [number, number, number];
  const values = { year, month, monthName: monthName(month, locale), day: dayOfMonth };
  return fill(withYear ? w.dateWithYear : w.date, values);
}

/**
 * The window in Shanghai dates. An end at midnight is shown as the last whole day it includes (endsAt is
 * exclusive: 11-12 00:00 means "through 11 月 11 日"); other instants keep their time of day.
 */
export function windowText(startsAt: unknown, endsAt: unknown, w: Words, locale: string): string | null {
  const start = validDate(startsAt);
  const end = validDate(endsAt);
  const isMidnight = (d: Date) => shanghaiIsoString(d).slice(11, 23) === "00:00:00.000";
  const timeOf = (d: Date) => shanghaiIsoString(d).slice(11, 16);
  if (!start && !end) return null;
  const startDay = start ? shanghaiDay(start) : null;
  const endDay = end ? (isMidnight(end) ? shanghaiDay(new Date(end.getTime() - 1)) : shanghaiDay(end)) : null;
  const withYear = startDay !== null && endDay !== null && startDay.slice(0, 4) !== endDay.slice(0, 4);
  const startText = start && startDay ? (isMidnight(start) ? dateText(startDay, w, locale, withYear) : fill(w.dateTime, { date: dateText(startDay, w, locale, withYear), time: timeOf(start) })) : null;
  let endText: string | null = null;
  if (end && endDay) {
    if (!isMidnight(end)) endText = fill(w.dateTime, { date: dateText(endDay, w, locale, withYear), time: timeOf(end) });
    else if (startDay && start && isMidnight(start) && endDay.slice(0, 7) === startDay.slice(0, 7) && !withYear) {
      if (endDay === startDay) return startText;
      endText = fill(w.dayOfMonth, { day: Number(endDay.slice(8, 10)) });
    } else endText = dateText(endDay, w, locale, withYear);
  }
  if (startText && endText) {
    // An end not after the start is an error the form shows on endsAt; the summary still says what was typed.
    if (start && end && end.getTime() <= start.getTime()) return fill(w.window, { start: startText, end: dateText(shanghaiDay(end), w, locale, withYear) });
    return fill(w.window, { start: startText, end: endText });
  }
  return startText ? fill(w.from, { start: startText }) : fill(w.until, { end: endText ?? "" });
}

function rewardClause(p: DraftParams, w: Words, locale: string): string | null {
  const money = (value: unknown) => {
    const fen = fenValue(value);
    return fen === null || fen <= 0n ? w.blank : summaryMoney(fen, locale);
  };
  const channels = listValue<string>(p.channels).map((c) => w.channels[c as keyof Words["channels"]] ?? c);
  const scope = channels.length === 0 ? w.allPayments : joinList(channels, w.separator, w.or);
  switch (p.type) {
    case "CASHBACK_PERCENT": {
      const bps = intValue(p.percentBps);
      const percent = bps === null || bps <= 0 ? w.blank : percentText(bps);
      return fenValue(p.perTransactionCapFen) === null ? fill(w.percent, { scope, percent }) : fill(w.percentCapped, { scope, percent, cap: money(p.perTransactionCapFen) });
    }
    case "CASHBACK_FIXED":
      return fill(w.fixed, { scope, threshold: money(p.thresholdFen), reward: money(p.rewardFen) });
    case "POINTS_MULTIPLIER": {
      const x100 = intValue(p.multiplierX100);
      return fill(w.points, { scope, multiplier: x100 === null ? w.blank : String(Number((x100 / 100).toFixed(2))) });
    }
    case "SIGNUP_BONUS": {
      const reward = money(p.rewardFen);
      if (p.bonusTrigger === "WALLET_ACTIVATION") return fill(w.bonusActivation, { reward });
      if (p.bonusTrigger === "CARD_LINK") return fill(w.bonusCardLink, { reward });
      if (p.bonusTrigger === "FIRST_PAYMENT") return fill(w.bonusFirstPayment, { scope, reward });
      return fill(w.bonus, { reward });
    }
    default:
      return null;
  }
}

/** The sentence for a draft or a version, in the reader's language; "" when there is nothing to say yet. */
export function summarizePromotion(params: DraftParams, locale: string, messages: SummaryMessages): string {
  const w = messages.promotions.summary;
  const clauses: (string | null)[] = [];
  const add = (build: () => string | null) => {
    try {
      clauses.push(build());
    } catch {
      // A value the form has not finished (an impossible date, a huge number) leaves its clause out.
    }
  };
  const positiveFen = (value: unknown) => {
    const fen = fenValue(value);
    return fen !== null && fen > 0n ? fen : null;
  };
  const count = (value: unknown) => {
    const n = intValue(value);
    return n !== null && n > 0 ? n : null;
  };

  add(() => rewardClause(params, w, locale));
  add(() => {
    const mccs = listValue<string>(params.mccs).map((code) => messages.transactions.mcc[code as keyof Messages["transactions"]["mcc"]] ?? code);
    return mccs.length === 0 ? null : fill(w.mccs, { mccs: joinList(mccs, w.separator, w.or) });
  });
  add(() => {
    const min = positiveFen(params.minAmountFen);
    return min === null ? null : fill(w.minAmount, { amount: summaryMoney(min, locale) });
  });
  add(() => {
    const n = count(params.maxRewardsPerCustomer);
    return n === null ? null : fill(w.maxPerCustomer, { count: n });
  });
  add(() => {
    const n = count(params.maxRewardsPerCustomerPerDay);
    return n === null ? null : fill(w.maxPerDay, { count: n });
  });
  add(() => {
    const fen = positiveFen(params.perCustomerBudgetFen);
    return fen === null ? null : fill(w.perCustomerBudget, { amount: summaryMoney(fen, locale) });
  });
  add(() => {
    const tiers = listValue<number>(params.tiers).slice().sort((a, b) => a - b).map(tierNumeral);
    if (tiers.length === 0) return null;
    return fill(tiers.length === 1 ? w.tiersOne : w.tiersMany, { tiers: joinList(tiers, w.separator, w.and) });
  });
  add(() => {
    const provinces = listValue<string>(params.provinces).map((name) => provinceName(name, locale));
    return provinces.length === 0 ? null : fill(w.provinces, { provinces: joinList(provinces, w.separator, w.or) });
  });
  add(() => {
    const days = count(params.newCustomerDays);
    return days === null ? null : fill(w.newCustomers, { days });
  });
  add(() => windowText(params.startsAt, params.endsAt, w, locale));
  add(() => {
    const fen = positiveFen(params.budgetFen);
    return fen === null ? null : fill(w.budget, { amount: summaryMoney(fen, locale) });
  });
  add(() => {
    const priority = intValue(params.priority);
    return priority === null ? null : fill(w.priority, { priority });
  });
  add(() => (typeof params.stackable === "boolean" ? (params.stackable ? w.stackable : w.exclusive) : null));
  add(() => {
    const percent = count(params.fraudShareLimitPercent);
    return percent === null ? null : fill(w.fraudShare, { percent });
  });

  const text = clauses.filter((c): c is string => c !== null && c !== "").join(w.clauseSeparator);
  return text.charAt(0).toUpperCase() + text.slice(1);
}
