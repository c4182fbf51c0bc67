// Money: CNY held as integer fen (bigint) end to end; formatted only here, with Intl.

export type Fen = bigint;

const FEN_PER_YUAN = 100n;

// Building an Intl.NumberFormat costs about 0.1 ms, formatting with one a few microseconds: the scoring
// worker formats several amounts per rule hit and a page hundreds, so each formatter is built once.
const formatters = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, options);
    formatters.set(key, formatter);
  }
  return formatter;
}

export function yuanToFen(yuan: number): Fen {
  // Round through a string of fixed decimals so 0.1 + 0.2 style binary noise never leaks into fen.
  return BigInt(Math.round(Number((yuan * 100).toFixed(2))));
}

/**
 * How a bank writes money in either language: the home currency with its own sign ("¥579,802.11", never
 * English Intl's "CN¥"), any other currency with its ISO code before the amount ("KRW 386,148",
 * "THB 4,042.77"), so a foreign amount never borrows a symbol (₩, $) that one locale prints and the other
 * does not, and a yen amount cannot be read as yuan.
 */
function formatMoney(decimal: string, currency: string, locale: string, extra: Intl.NumberFormatOptions = {}): string {
  const home = currency === "CNY";
  const formatter = numberFormat(locale, { style: "currency", currency, currencyDisplay: home ? "narrowSymbol" : "code", ...extra });
  // Intl formats a decimal string exactly (no float), so amounts beyond 2^53 fen stay right.
  const parts = formatter.formatToParts(decimal as unknown as number);
  return parts.map((part) => (part.type === "currency" ? (home ? "¥" : currency) : part.value)).join("");
}

export function formatCny(fen: Fen, locale: string, options: { compact?: boolean } = {}): string {
  return formatMoney(fenToYuanText(fen), "CNY", locale, options.compact ? { notation: "compact", maximumFractionDigits: 1 } : {});
}

/**
 * A cost per yuan of something else (a ratio of two amounts, not an amount): "¥0.0137", four decimals, so a
 * cost under a fen per yuan does not read as ¥0.00.
 */
export function formatCnyPerYuan(ratio: number, locale: string): string {
  return formatMoney(ratio.toFixed(4), "CNY", locale, { minimumFractionDigits: 4, maximumFractionDigits: 4 });
}

/** An amount in its original currency, from minor units (JPY and KRW have none): "KRW 386,148". */
export function formatForeign(minor: bigint, currency: string, locale: string): string {
  return formatMoney(minorToDecimalText(minor, currency), currency, locale);
}

export function formatCount(value: number | bigint, locale: string): string {
  return numberFormat(locale, {}).format(value);
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
  const digits = numberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
  if (digits === 0) return minor.toString();
  const divisor = 10n ** BigInt(digits);
  const abs = minor < 0n ? -minor : minor;
  return `${minor < 0n ? "-" : ""}${abs / divisor}.${(abs % divisor).toString().padStart(digits, "0")}`;
}
