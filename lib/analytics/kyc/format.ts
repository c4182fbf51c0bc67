// Display forms shared by the KYC page's cards and its CSV: shares as percentages, durations in minutes or
// hours. No server imports.
export function ratio(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

export function percentText(share: number | null, locale: string): string {
  return share === null ? "—" : new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 }).format(share);
}

/** Seconds as "42 分钟" / "3.5 小时": minutes under two hours, hours (one decimal) above. */
export function durationText(seconds: number | null, locale: string, m: { minutes: string; hours: string }): string {
  if (seconds === null) return "—";
  const number = (n: number, digits: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(n);
  return seconds < 2 * 3600 ? m.minutes.replace("{n}", number(Math.round(seconds / 60), 0)) : m.hours.replace("{n}", number(seconds / 3600, 1));
}

/** Hours with one decimal, as a plain number string for CSV. */
export function hoursText(seconds: number | null): string {
  return seconds === null ? "" : (seconds / 3600).toFixed(2);
}

/** A share as a plain 0..1 decimal for CSV. */
export function shareText(share: number | null): string {
  return share === null ? "" : share.toFixed(4);
}
