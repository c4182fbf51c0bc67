// What a staff member typed into the customer search, read as exactly one kind of search. Pure: the page,
// the tests and the benchmark classify alike. The kind decides the index (see search/sql.ts), so each
// pattern is strict: a string that could be two things is read as the one staff most often mean.
import { FULL_ID_NUMBER, MAX_QUERY_LENGTH } from "@/lib/customers/search/query-shape";
import { pinyinKey } from "@/lib/text/pinyin";

export type CustomerSearch =
  | { kind: "customerId"; value: string }
  | { kind: "walletId"; value: string }
  /** All 18 characters of a resident ID number: a personal-data lookup, audited. */
  | { kind: "idNumber"; value: string }
  /** The masked form the console shows (110105********002X): the first six and last four. */
  | { kind: "maskedIdNumber"; prefix: string; last4: string }
  /** A whole mobile number (exact) or its first digits (prefix). */
  | { kind: "phone"; value: string; exact: boolean }
  | { kind: "email"; value: string; exact: boolean }
  | { kind: "name"; value: string }
  | { kind: "pinyin"; value: string };

export type CustomerSearchKind = CustomerSearch["kind"];

export type ClassifiedQuery = { ok: true; search: CustomerSearch } | { ok: false; reason: "empty" | "tooShort" | "tooLong" | "unrecognised" };

/** Prefix searches shorter than this would match a large share of a million customers. */
export const MIN_PREFIX = { phone: 3, email: 3, pinyin: 2 } as const;
export { MAX_QUERY_LENGTH };

const CUSTOMER_ID = /^C\d{8}$/;
const WALLET_ID = /^W\d{8}$/;
// Stars may be typed as * or the full-width ＊ (converted by NFKC), as many as the staff member copied.
const MASKED_ID = /^(\d{6})\*{4,12}(\d{3}[\dX])$/;
const DIGITS = /^\d+$/;
const PHONE_TYPED = /^\+?(?:86)?[\d\s-]+$/;
const EMAIL = /^[a-z0-9._%+-]*@?[a-z0-9.-]*$/;
// CJK ideographs (and the middle dot of transliterated names such as 买买提·艾力).
const HAN = /^[\u3400-\u9fff\uf900-\ufaff·]+$/u;
const LATIN = /^[a-zA-Zü:'’\s-]+$/u;

export function classifyQuery(raw: string | null | undefined): ClassifiedQuery {
  const text = (raw ?? "").normalize("NFKC").trim();
  if (text === "") return { ok: false, reason: "empty" };
  // Cutting it short would search for something nobody typed; the page says why instead.
  if ([...text].length > MAX_QUERY_LENGTH) return { ok: false, reason: "tooLong" };
  const upper = text.toUpperCase().replace(/\s+/g, "");

  if (CUSTOMER_ID.test(upper)) return { ok: true, search: { kind: "customerId", value: upper } };
  if (WALLET_ID.test(upper)) return { ok: true, search: { kind: "walletId", value: upper } };
  if (FULL_ID_NUMBER.test(upper)) return { ok: true, search: { kind: "idNumber", value: upper } };
  const masked = MASKED_ID.exec(upper);
  if (masked) return { ok: true, search: { kind: "maskedIdNumber", prefix: masked[1]!, last4: masked[2]! } };

  if (PHONE_TYPED.test(text)) {
    // "+86 138-1234-5678" and "138 1234 5678" are the same number.
    let digits = text.replace(/\D/g, "");
    if (digits.length === 13 && digits.startsWith("86")) digits = digits.slice(2);
    if (!DIGITS.test(digits) || digits.length > 11) return { ok: false, reason: "unrecognised" };
    if (digits.length < MIN_PREFIX.phone) return { ok: false, reason: "tooShort" };
    return { ok: true, search: { kind: "phone", value: digits, exact: digits.length === 11 } };
  }

  const lower = text.toLowerCase();
  if (lower.includes("@") && EMAIL.test(lower)) {
    if (lower.length < MIN_PREFIX.email) return { ok: false, reason: "tooShort" };
    // A whole address (something after the @ with a dot) is looked up exactly, anything shorter by prefix.
    const exact = /^[^@]+@[^@]+\.[a-z]{2,}$/.test(lower);
    return { ok: true, search: { kind: "email", value: lower, exact } };
  }

  const han = text.replace(/\s+/g, "");
  if (HAN.test(han)) return { ok: true, search: { kind: "name", value: han } };

  if (LATIN.test(text)) {
    const key = pinyinKey(text);
    if (key.length < MIN_PREFIX.pinyin) return { ok: false, reason: "tooShort" };
    return { ok: true, search: { kind: "pinyin", value: key } };
  }
  return { ok: false, reason: "unrecognised" };
}

/**
 * The smallest string greater than every string that starts with `prefix`, in byte order (what a
 * text_pattern_ops index sorts by): the prefix with its last character moved up by one code point.
 * UTF-8 keeps code point order, so this holds for Chinese names as for digits.
 */
export function prefixUpperBound(prefix: string): string {
  const chars = [...prefix];
  const last = chars.pop();
  if (last === undefined) throw new Error("empty prefix");
  let next = last.codePointAt(0)! + 1;
  if (next >= 0xd800 && next <= 0xdfff) next = 0xe000;
  return chars.join("") + String.fromCodePoint(next);
}
