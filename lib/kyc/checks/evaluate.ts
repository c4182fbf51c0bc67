// The automated checks run on a KYC submission when it arrives, and the risk score reviewers sort by. Pure:
// everything from the database comes in `context` (lib/kyc/checks/assessment.ts reads it). Each result carries an
// i18n key under kycChecks.detail and the values it needs, so each reviewer reads it in their language.
import type {
  CheckOutcome,
  DuplicateIdUse,
  KycAssessmentContext,
  KycAssessmentInput,
  KycCheckCode,
  KycCheckResult,
  KycRiskAssessment,
  WatchlistCandidate,
} from "@/lib/kyc/checks/types";
import type { Messages } from "@/lib/i18n/messages/zh-CN";
import { birthDateFromId, hasValidIdFormat, idCheckCharacter } from "@/lib/kyc/checks/id-number";
import { cardHolderMatch, compactPinyin, matchWatchlist, normaliseName, type WatchlistStrength } from "@/lib/kyc/checks/name-match";
import type { KycDocumentRead, KycIdentityRead } from "@/lib/kyc/submission-data";
import { namePinyin } from "@/lib/text/pinyin";
import { shanghaiDay } from "@/lib/time";
import { MINIMUM_AGE, MINIMUM_AGE_TIER_3 } from "@/lib/wallets/limits";

export type KycCheckDetail = keyof Messages["kycChecks"]["detail"];
type Values = Record<string, string | number>;

function result(code: KycCheckCode, outcome: CheckOutcome, detail: KycCheckDetail, values?: Values): KycCheckResult {
  return { code, outcome, detail: `kycChecks.detail.${detail}`, ...(values ? { values } : {}) };
}

const DAY_MS = 86_400_000;

/** A real calendar day written YYYY-MM-DD. */
export function isCalendarDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function daysFrom(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** Completed years on `day`. Someone born on 29 February completes a year on 1 March in common years. */
export function ageOn(birthDate: string, day: string): number {
  const [by, bm, bd] = birthDate.split("-").map(Number) as [number, number, number];
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** The day someone born on `birthDate` turns `years` (29 February -> 1 March in common years). */
export function birthdayOfAge(birthDate: string, years: number): string {
  const [by, bm, bd] = birthDate.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(by + years, bm - 1, bd)).toISOString().slice(0, 10);
}

export function checkIdFormat(idNumber: string): KycCheckResult {
  return hasValidIdFormat(idNumber) ? result("ID_FORMAT", "pass", "idFormatValid") : result("ID_FORMAT", "fail", "idFormatWrong", { length: idNumber.length });
}

export function checkIdCheckDigit(idNumber: string): KycCheckResult {
  if (!hasValidIdFormat(idNumber)) return result("ID_CHECK_DIGIT", "warn", "idChecksumNotCheckable");
  const expected = idCheckCharacter(idNumber.slice(0, 17));
  const actual = idNumber.slice(17);
  return expected === actual
    ? result("ID_CHECK_DIGIT", "pass", "idChecksumValid", { checkCharacter: actual })
    : result("ID_CHECK_DIGIT", "fail", "idChecksumWrong", { expected, actual });
}

export function checkBirthDate(entered: KycIdentityRead, read: KycDocumentRead): KycCheckResult {
  const code = "BIRTH_DATE_MATCH";
  if (!hasValidIdFormat(entered.idNumber)) {
    return entered.birthDate === read.birthDate
      ? result(code, "warn", "birthDateNotCheckable")
      : result(code, "fail", "birthDateEnteredDiffersFromDocument", { enteredBirthDate: entered.birthDate, documentBirthDate: read.birthDate });
  }
  const idBirthDate = birthDateFromId(entered.idNumber);
  if (!idBirthDate) return result(code, "fail", "birthDateNotInId", { digits: entered.idNumber.slice(6, 14) });
  if (entered.birthDate !== idBirthDate) return result(code, "fail", "birthDateEnteredMismatch", { idBirthDate, enteredBirthDate: entered.birthDate });
  if (read.birthDate !== idBirthDate) return result(code, "fail", "birthDateDocumentMismatch", { idBirthDate, documentBirthDate: read.birthDate });
  return result(code, "pass", "birthDateMatches", { birthDate: idBirthDate });
}

/** The birth date ages are computed from: the ID number's, which the state issued, else the card's, else typed. */
export function authoritativeBirthDate(entered: KycIdentityRead, read: KycDocumentRead): string | null {
  return birthDateFromId(entered.idNumber) ?? [read.birthDate, entered.birthDate].find(isCalendarDay) ?? null;
}

export function checkMinimumAge(birthDate: string | null, day: string): KycCheckResult {
  if (!birthDate) return result("MINIMUM_AGE", "warn", "ageNotCheckable");
  const age = ageOn(birthDate, day);
  return age >= MINIMUM_AGE
    ? result("MINIMUM_AGE", "pass", "ageOk", { age, minimum: MINIMUM_AGE })
    : result("MINIMUM_AGE", "fail", "ageTooYoung", { age, minimum: MINIMUM_AGE, eligibleOn: birthdayOfAge(birthDate, MINIMUM_AGE) });
}

export function checkTierAge(tier: 1 | 2 | 3, birthDate: string | null, day: string): KycCheckResult {
  const minimum = MINIMUM_AGE_TIER_3;
  if (tier < 3) return result("TIER_AGE", "pass", "tierAgeNotRequired", { tier, minimum });
  if (!birthDate) return result("TIER_AGE", "warn", "tierAgeNotCheckable");
  const age = ageOn(birthDate, day);
  if (age >= minimum) return result("TIER_AGE", "pass", "tierAgeOk", { age, minimum });
  // Old enough for a wallet but not for tier 3: the reviewer can approve at tier 2 instead of rejecting.
  return age >= MINIMUM_AGE
    ? result("TIER_AGE", "fail", "tierAgeTier2Possible", { age, minimum, fallbackTier: 2 })
    : result("TIER_AGE", "fail", "tierAgeTooYoung", { age, minimum });
}

export const EXPIRY_WARNING_DAYS = 30;

/** `validTo` as printed on the card's back (YYYY-MM-DD or LONG_TERM); valid through that day. */
export function checkIdExpiry(validTo: string, day: string): KycCheckResult {
  const code = "ID_NOT_EXPIRED";
  if (validTo === "LONG_TERM" || validTo === "长期") return result(code, "pass", "idLongTerm");
  if (!isCalendarDay(validTo)) return result(code, "warn", "idValidityUnreadable", { value: validTo });
  const days = daysFrom(day, validTo);
  if (days < 0) return result(code, "fail", "idExpired", { validTo, days: -days });
  if (days <= EXPIRY_WARNING_DAYS) return result(code, "warn", "idExpiringSoon", { validTo, days });
  return result(code, "pass", "idValid", { validTo });
}

export function checkName(enteredName: string, documentName: string): KycCheckResult {
  const code = "NAME_MATCH";
  const values = { entered: enteredName, document: documentName };
  if (!normaliseName(documentName)) return result(code, "warn", "nameNotRead", { entered: enteredName });
  if (enteredName === documentName) return result(code, "pass", "nameMatches", { name: documentName });
  if (normaliseName(enteredName) === normaliseName(documentName)) return result(code, "pass", "nameMatchesAfterNormalisation", values);
  if (compactPinyin(enteredName) === compactPinyin(documentName)) {
    return result(code, "fail", "nameHomophone", { ...values, pinyin: namePinyin(normaliseName(documentName)) });
  }
  return result(code, "fail", "nameMismatch", values);
}

const LISTED_DUPLICATES = 5;

export function checkDuplicates(duplicates: readonly DuplicateIdUse[]): KycCheckResult {
  if (duplicates.length === 0) return result("DUPLICATE_ID", "pass", "idUnique");
  const customers = duplicates.slice(0, LISTED_DUPLICATES).map((d) => `${d.name} (${d.customerId})`);
  if (duplicates.length > LISTED_DUPLICATES) customers.push("…");
  return result("DUPLICATE_ID", "fail", "idDuplicate", { count: duplicates.length, customers: customers.join(", ") });
}

const WATCHLIST_OUTCOME: Readonly<Record<WatchlistStrength, [CheckOutcome, KycCheckDetail]>> = {
  EXACT: ["fail", "watchlistExact"],
  HOMOPHONE: ["fail", "watchlistHomophone"],
  NAME_NO_BIRTH_DATE: ["warn", "watchlistNameNoBirthDate"],
  SIMILAR: ["warn", "watchlistSimilar"],
  HOMOPHONE_NO_BIRTH_DATE: ["warn", "watchlistHomophoneNoBirthDate"],
  NAME_OTHER_BIRTH_DATE: ["pass", "watchlistNameOtherBirthDate"],
};

export function checkWatchlist(names: readonly string[], birthDates: readonly string[], candidates: readonly WatchlistCandidate[]): KycCheckResult {
  const matches = matchWatchlist(names, birthDates, candidates);
  const top = matches[0];
  if (!top) return result("WATCHLIST", "pass", "watchlistClear");
  const [outcome, detail] = WATCHLIST_OUTCOME[top.strength];
  const { entry } = top;
  return result("WATCHLIST", outcome, detail, {
    entryId: entry.id,
    entryName: entry.name,
    kind: entry.kind,
    list: entry.source,
    matches: matches.length,
    ...(entry.birthDate ? { entryBirthDate: entry.birthDate } : {}),
  });
}

export function checkCardBin(bin: string, issuer: KycAssessmentContext["cardBin"], printedBank: string | null): KycCheckResult {
  if (!issuer) return result("CARD_BIN_KNOWN", "warn", "cardBinUnknown", { bin });
  if (printedBank && printedBank !== issuer.bankName) {
    return result("CARD_BIN_KNOWN", "warn", "cardBinBankDiffers", { bin, bankName: issuer.bankName, printedBank });
  }
  return result("CARD_BIN_KNOWN", "pass", "cardBinKnown", { bin, bankName: issuer.bankName, cardType: issuer.cardType });
}

export function checkCardHolder(holder: string, enteredName: string, documentName: string): KycCheckResult {
  const code = "CARD_HOLDER_MATCH";
  if (!holder.trim()) return result(code, "warn", "cardHolderUnreadable");
  const match = cardHolderMatch(holder, enteredName);
  if (match === "MATCH") return result(code, "pass", "cardHolderMatches", { holder });
  if (match === "REVERSED") return result(code, "pass", "cardHolderReversed", { holder });
  // The card is the ID holder's; it is the typed name that is off (NAME_MATCH says how).
  if (cardHolderMatch(holder, documentName) !== "NONE") return result(code, "warn", "cardHolderMatchesDocumentOnly", { holder, entered: enteredName });
  return result(code, "fail", "cardHolderMismatch", { holder, expected: namePinyin(normaliseName(enteredName)).toUpperCase() });
}

/**
 * Risk points per check outcome; the score is their sum, capped at 100. A single failed identity check
 * (ID number, birth date, age, expiry, name) is 35-40 points: MEDIUM on its own, HIGH with any other
 * finding. A duplicate ID (60) or a watchlist hit (70) is HIGH on its own, and forces HIGH regardless.
 * Card findings and a tier-3 age shortfall weigh less: the card can be replaced, the tier lowered.
 */
export const RISK_POINTS: Readonly<Record<KycCheckCode, { warn: number; fail: number }>> = {
  ID_FORMAT: { warn: 10, fail: 40 },
  ID_CHECK_DIGIT: { warn: 5, fail: 40 },
  BIRTH_DATE_MATCH: { warn: 10, fail: 35 },
  MINIMUM_AGE: { warn: 10, fail: 40 },
  TIER_AGE: { warn: 5, fail: 20 },
  ID_NOT_EXPIRED: { warn: 8, fail: 35 },
  NAME_MATCH: { warn: 10, fail: 35 },
  DUPLICATE_ID: { warn: 30, fail: 60 },
  WATCHLIST: { warn: 35, fail: 70 },
  CARD_BIN_KNOWN: { warn: 12, fail: 20 },
  CARD_HOLDER_MATCH: { warn: 10, fail: 30 },
};

export const RISK_LEVEL_LIMITS = { MEDIUM: 30, HIGH: 60 } as const;

export function riskLevelForScore(score: number): KycRiskAssessment["level"] {
  return score >= RISK_LEVEL_LIMITS.HIGH ? "HIGH" : score >= RISK_LEVEL_LIMITS.MEDIUM ? "MEDIUM" : "LOW";
}

export function scoreResults(results: readonly KycCheckResult[]): Pick<KycRiskAssessment, "score" | "level"> {
  let score = 0;
  for (const r of results) if (r.outcome !== "pass") score += RISK_POINTS[r.code][r.outcome];
  score = Math.min(100, score);
  const forcedHigh = results.some((r) => r.outcome === "fail" && (r.code === "WATCHLIST" || r.code === "DUPLICATE_ID"));
  if (forcedHigh) score = Math.max(score, RISK_LEVEL_LIMITS.HIGH);
  return { score, level: riskLevelForScore(score) };
}

/** Runs every check in KYC_CHECK_CODES order and scores the results. */
export function assessSubmission(input: KycAssessmentInput, context: KycAssessmentContext): KycRiskAssessment {
  const { entered, read } = input;
  const day = shanghaiDay(input.submittedAt);
  const birthDate = authoritativeBirthDate(entered, read);
  const birthDates = [...new Set([entered.birthDate, read.birthDate, birthDateFromId(entered.idNumber)])].filter((d): d is string => !!d && isCalendarDay(d));
  const results: KycCheckResult[] = [
    checkIdFormat(entered.idNumber),
    checkIdCheckDigit(entered.idNumber),
    checkBirthDate(entered, read),
    checkMinimumAge(birthDate, day),
    checkTierAge(input.tierRequested, birthDate, day),
    checkIdExpiry(read.idValidTo || entered.idValidTo, day),
    checkName(entered.name, read.name),
    checkDuplicates(context.duplicates),
    checkWatchlist([entered.name, read.name], birthDates, context.watchlist),
    checkCardBin(entered.cardBin || read.cardBin, context.cardBin, read.cardBankName),
    checkCardHolder(read.cardHolderName || entered.cardHolderName, entered.name, read.name),
  ];
  return { results, ...scoreResults(results) };
}
