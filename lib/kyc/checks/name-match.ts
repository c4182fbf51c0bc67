// Comparing Chinese names the way a reviewer would: as characters after forgiving typing differences, as
// pinyin (homophones, card embossing) and, for the watchlist, fuzzily. Pure; used by lib/kyc/checks/evaluate.ts.
import { distance } from "fastest-levenshtein";
import type { WatchlistCandidate } from "@/lib/kyc/checks/types";
import { namePinyin } from "@/lib/text/pinyin";

// Separators in transliterated minority and foreign names (买买提·艾力): the ID card prints U+00B7, people
// type whatever their keyboard gives, or nothing. Removed for comparison, so all spellings agree.
const MIDDLE_DOTS = /[\u00B7\u0387\u2022\u2027\u2219\u22C5\u30FB\u318D\uFF65.]/g;
const INVISIBLE = /[\s\u200B-\u200D\u2060\uFEFF]/g;

/** NFKC (full-width letters, U+3000), no whitespace or middle dots, upper case for Latin letters. */
export function normaliseName(name: string): string {
  return name.normalize("NFKC").replace(INVISIBLE, "").replace(MIDDLE_DOTS, "").toUpperCase();
}

const pinyinCache = new Map<string, string>();

/** Toneless pinyin of a name without spaces ("zhangwei"); memoised, names repeat a lot in bulk passes. */
export function compactPinyin(name: string): string {
  const normalised = normaliseName(name);
  let value = pinyinCache.get(normalised);
  if (value === undefined) {
    value = compactLatin(namePinyin(normalised));
    if (pinyinCache.size >= 50_000) pinyinCache.clear();
    pinyinCache.set(normalised, value);
  }
  return value;
}

/** Letters only, lower case, ü written v (pinyin-pro's convention; cards print LV, LU or LYU), tone marks
 *  dropped (lists may write Zhāng Wěi). */
function compactLatin(text: string): string {
  return text.toLowerCase().replace(/[üǖǘǚǜ]|u:/g, "v").normalize("NFKD").replace(/[^a-z]/g, "");
}

/** Folds the spellings of ü so that LYU, LU and LV compare equal. */
function foldU(compact: string): string {
  return compact.replace(/([ln])yu/g, "$1u").replace(/v/g, "u");
}

const HAN = /\p{Script=Han}/u;

export type HolderMatch = "MATCH" | "REVERSED" | "NONE";

/** Does the name on a bank card (pinyin as embossed, or characters) belong to `name`? Given name first
 *  (WEI ZHANG, as international cards print it) counts as REVERSED. */
export function cardHolderMatch(holder: string, name: string): HolderMatch {
  if (HAN.test(holder)) return normaliseName(holder) === normaliseName(name) ? "MATCH" : "NONE";
  // Folded on the joined letters on both sides: the card's syllable boundaries are unknown (SUNYUE).
  const card = foldU(compactLatin(holder));
  const syllables = namePinyin(normaliseName(name)).split(" ").map(compactLatin);
  if (card === foldU(syllables.join(""))) return "MATCH";
  // Surnames are one syllable, or two (欧阳, 司马); the given name follows.
  for (const surnameLength of [1, 2]) {
    if (syllables.length <= surnameLength) continue;
    if (card === foldU([...syllables.slice(surnameLength), ...syllables.slice(0, surnameLength)].join(""))) return "REVERSED";
  }
  return "NONE";
}

/** Edits allowed between compact pinyin spellings for a "similar" watchlist name. */
export function fuzzyThreshold(length: number): number {
  return length >= 12 ? 2 : length >= 5 ? 1 : 0;
}

/** How a name matched a watchlist entry, strongest first. */
export const WATCHLIST_STRENGTHS = [
  "EXACT", // same characters, same birth date
  "HOMOPHONE", // same pinyin, other characters, same birth date
  "NAME_NO_BIRTH_DATE", // same characters; the entry has no birth date
  "SIMILAR", // pinyin within the fuzzy threshold (or one character apart), same birth date
  "HOMOPHONE_NO_BIRTH_DATE", // same pinyin; the entry has no birth date
  "NAME_OTHER_BIRTH_DATE", // same characters, another birth date: most likely someone else
] as const;
export type WatchlistStrength = (typeof WATCHLIST_STRENGTHS)[number];

export interface WatchlistMatch {
  entry: WatchlistCandidate;
  strength: WatchlistStrength;
}

interface Subject {
  names: string[];
  pinyins: string[];
}

function subject(names: readonly string[]): Subject {
  const normalised = [...new Set(names.map(normaliseName).filter(Boolean))];
  return { names: normalised, pinyins: [...new Set(normalised.map(compactPinyin))] };
}

function similar(a: Subject, name: string, pinyin: string): boolean {
  const byPinyin = a.pinyins.some((p) => distance(p, pinyin) <= fuzzyThreshold(Math.min(p.length, pinyin.length)));
  const byCharacters = a.names.some((n) => n.length >= 3 && n.length === name.length && distance(n, name) <= 1);
  return byPinyin || byCharacters;
}

function strength(person: Subject, birthDates: readonly string[], entry: WatchlistCandidate): WatchlistStrength | null {
  const name = normaliseName(entry.name);
  const pinyin = compactLatin(entry.namePinyin) || compactPinyin(entry.name);
  const sameName = person.names.includes(name);
  const samePinyin = person.pinyins.includes(pinyin);
  const born = entry.birthDate === null ? "UNKNOWN" : birthDates.includes(entry.birthDate) ? "SAME" : "OTHER";
  if (born === "SAME") {
    if (sameName) return "EXACT";
    if (samePinyin) return "HOMOPHONE";
    return similar(person, name, pinyin) ? "SIMILAR" : null;
  }
  if (born === "UNKNOWN") return sameName ? "NAME_NO_BIRTH_DATE" : samePinyin ? "HOMOPHONE_NO_BIRTH_DATE" : null;
  return sameName ? "NAME_OTHER_BIRTH_DATE" : null;
}

/** Every entry that matches one of `names` (entered, as read), strongest first, then by entry id. */
export function matchWatchlist(names: readonly string[], birthDates: readonly string[], entries: readonly WatchlistCandidate[]): WatchlistMatch[] {
  const person = subject(names);
  const matches: WatchlistMatch[] = [];
  for (const entry of entries) {
    const found = strength(person, birthDates, entry);
    if (found) matches.push({ entry, strength: found });
  }
  const rank = (m: WatchlistMatch) => WATCHLIST_STRENGTHS.indexOf(m.strength);
  return matches.sort((a, b) => rank(a) - rank(b) || a.entry.id.localeCompare(b.entry.id));
}

/**
 * The watchlist prepared once for many look-ups: exact names, pinyin bucketed by length and names bucketed
 * by length, so that a look-up compares only entries that could be within the thresholds.
 */
export class WatchlistIndex {
  private readonly byName = new Map<string, WatchlistCandidate[]>();
  private readonly byPinyinLength = new Map<number, { pinyin: string; entry: WatchlistCandidate }[]>();
  private readonly byNameLength = new Map<number, { name: string; entry: WatchlistCandidate }[]>();

  constructor(readonly entries: readonly WatchlistCandidate[]) {
    const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => map.set(key, [...(map.get(key) ?? []), value]);
    for (const entry of entries) {
      const name = normaliseName(entry.name);
      const pinyin = compactLatin(entry.namePinyin) || compactPinyin(entry.name);
      push(this.byName, name, entry);
      push(this.byPinyinLength, pinyin.length, { pinyin, entry });
      push(this.byNameLength, name.length, { name, entry });
    }
  }

  /** Entries worth handing to matchWatchlist for these names: a superset of what could match. */
  candidates(names: readonly string[]): WatchlistCandidate[] {
    const person = subject(names);
    const found = new Set<WatchlistCandidate>();
    for (const name of person.names) {
      for (const entry of this.byName.get(name) ?? []) found.add(entry);
      // One character apart can be far apart in pinyin (王建国, 王建军).
      if (name.length < 3) continue;
      for (const row of this.byNameLength.get(name.length) ?? []) if (!found.has(row.entry) && distance(name, row.name) <= 1) found.add(row.entry);
    }
    for (const pinyin of person.pinyins) {
      const reach = fuzzyThreshold(pinyin.length);
      for (let length = pinyin.length - reach; length <= pinyin.length + reach; length++) {
        for (const row of this.byPinyinLength.get(length) ?? []) {
          if (!found.has(row.entry) && distance(pinyin, row.pinyin) <= reach) found.add(row.entry);
        }
      }
    }
    return [...found];
  }
}
