// Money: CNY held as integer fen (bigint) end to end; formatted only here, with Intl.

export type Fen = bigint;

const FEN_PER_YUAN = 100n;

export function yuanToFen(yuan: number): Fen {
  // Round through a string of fixed decimals so 0.1 + 0.2 style binary noise never leaks into fen.
  return BigInt(Math.round(Number((yuan * 100).toFixed(2))));
}

export function formatCny(fen: Fen, locale: string, options: { compact?: boolean } = {}): string {
  const negative = fen < 0n;
  const abs = negative ? -fen : fen;
  const yuan = abs / FEN_PER_YUAN;
  const cents = abs % FEN_PER_YUAN;
  // Intl formats a decimal string exactly (no float), so amounts beyond 2^53 fen stay right.
  const formatter = new Intl.NumberFormat(locale, {
    style: "currency",
    currency: "CNY",
    currencyDisplay: "symbol",
    ...(options.compact ? { notation: "compact", maximumFractionDigits: 1 } : {}),
  });
  const text = formatter.format(`${negative ? "-" : ""}${yuan}.${cents.toString().padStart(2, "0")}` as unknown as number);
  return text;
}

/** An amount in its original currency, from minor units (JPY and KRW have none). */
export function formatForeign(minor: bigint, currency: string, locale: string): string {
  const formatter = new Intl.NumberFormat(locale, { style: "currency", currency });
  const digits = formatter.resolvedOptions().maximumFractionDigits ?? 2;
  const divisor = 10n ** BigInt(digits);
  const whole = minor / divisor;
  const part = (minor < 0n ? -minor : minor) % divisor;
  const text = digits === 0 ? `${whole}` : `${whole}.${part.toString().padStart(digits, "0")}`;
  return formatter.format(text as unknown as number);
}

export function formatCount(value: number | bigint, locale: string): string {
  return new Intl.NumberFormat(locale).format(value);
}

/** Fen as a plain decimal yuan string ("1234.50", "-0.05"): for form fields and exports, never for display. */
export function fenToYuanText(fen: Fen): string {
  const negative = fen < 0n;
  const abs = negative ? -fen : fen;
  return `${negative ? "-" : ""}${abs / FEN_PER_YUAN}.${(abs % FEN_PER_YUAN).toString().padStart(2, "0")}`;
}

/**
 * What a person typed as yuan ("5000", "5,000.5", "0.01") -> fen, exactly (no floating point); null when it
 * is not a non-negative amount with at most two decimals.
 */
export function parseYuanText(text: string): Fen | null {
  const match = /^(\d{1,13})(?:\.(\d{1,2}))?$/.exec(text.trim().replace(/[,，\s]/g, ""));
  if (!match) return null;
  return BigInt(match[1]!) * FEN_PER_YUAN + BigInt((match[2] ?? "").padEnd(2, "0"));
}

/** Minor units of a currency as a plain decimal string ("1250" USD -> "12.50", "1800" JPY -> "1800"): for exports. */
export function minorToDecimalText(minor: bigint, currency: string): string {
  const digits = new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
  if (digits === 0) return minor.toString();
  const divisor = 10n ** BigInt(digits);
  const abs = minor < 0n ? -minor : minor;
  return `${minor < 0n ? "-" : ""}${abs / divisor}.${(abs % divisor).toString().padStart(digits, "0")}`;
}
