// Real-name verification as the wallet app submits it: what the customer entered, what OCR read from the
// documents, the scanned documents themselves, and the planted faults compliance officers must catch.
import { gzipSync } from "node:zlib";
import type { KycStatus } from "@/lib/generated/prisma/enums";
import { idCheckCharacter } from "@/lib/kyc/checks/id-number";
import type { KycRejectionReason } from "@/lib/kyc/review/reasons";
import type { KycDocumentData, KycIdentityData } from "@/lib/kyc/submission-data";
import { CARD_BINS, UNKNOWN_BINS, type CardBinInfo } from "@/lib/sim/data/banks";
import { issuingAuthority } from "@/lib/sim/data/regions";
import { renderBankCard, renderIdCardBack, renderIdCardFront, renderSelfie } from "@/lib/sim/documents";
import type { Person } from "@/lib/sim/people";
import type { Random } from "@/lib/sim/random";

/** Faults planted in submissions, each one a thing lib/kyc/checks/evaluate.ts or a reviewer must notice. */
export type KycFault =
  | "BAD_CHECK_DIGIT"
  | "EXPIRED_ID"
  | "UNDER_AGE"
  | "NAME_MISMATCH"
  | "BIRTH_DATE_MISMATCH"
  | "DUPLICATE_ID"
  | "WATCHLIST_HIT"
  | "UNKNOWN_BIN"
  | "CARD_HOLDER_MISMATCH";

export const FAULT_WEIGHTS: Readonly<Record<KycFault, number>> = {
  BAD_CHECK_DIGIT: 2,
  EXPIRED_ID: 2,
  UNDER_AGE: 1.5,
  NAME_MISMATCH: 2,
  BIRTH_DATE_MISMATCH: 1,
  DUPLICATE_ID: 1.5,
  WATCHLIST_HIT: 1,
  UNKNOWN_BIN: 1,
  CARD_HOLDER_MISMATCH: 1,
};

const REJECTION_FOR_FAULT: Readonly<Record<KycFault, KycRejectionReason>> = {
  BAD_CHECK_DIGIT: "ID_NUMBER_INVALID",
  EXPIRED_ID: "ID_EXPIRED",
  UNDER_AGE: "UNDER_AGE",
  NAME_MISMATCH: "NAME_MISMATCH",
  BIRTH_DATE_MISMATCH: "BIRTH_DATE_MISMATCH",
  DUPLICATE_ID: "DUPLICATE_IDENTITY",
  WATCHLIST_HIT: "WATCHLIST_MATCH",
  UNKNOWN_BIN: "CARD_MISMATCH",
  CARD_HOLDER_MISMATCH: "CARD_MISMATCH",
};

export function rejectionReasonFor(fault: KycFault | null, random: Random): KycRejectionReason {
  return fault ? REJECTION_FOR_FAULT[fault] : random.pick(["DOCUMENT_UNREADABLE", "SELFIE_MISMATCH"] as const);
}

export interface SimDocument {
  kind: "ID_FRONT" | "ID_BACK" | "SELFIE" | "BANK_CARD";
  mimeType: string;
  contentEncoding: "gzip";
  content: Uint8Array<ArrayBuffer>;
}

export interface SimSubmissionDraft {
  entered: KycIdentityData;
  read: KycDocumentData;
  card: { bin: string; last4: string; bankName: string; cardType: "DEBIT" | "CREDIT"; panLength: number };
  documents: SimDocument[];
  status: KycStatus;
}

/** The entered and read data for a person, with `fault` planted in them. */
export function draftSubmission(
  random: Random,
  person: Person,
  fault: KycFault | null,
  submittedAt: Date,
  context: { duplicateIdNumber: string | null; watchlistName: { name: string; birthDate: string } | null },
): Omit<SimSubmissionDraft, "status" | "documents"> {
  const known = random.pick(CARD_BINS);
  const bin = fault === "UNKNOWN_BIN" ? random.pick(UNKNOWN_BINS) : known.bin;
  const bank: CardBinInfo | null = fault === "UNKNOWN_BIN" ? null : known;
  const last4 = String(random.int(0, 9999)).padStart(4, "0");
  const [validFrom, validTo] = validity(random, person.birthDate, submittedAt, fault === "EXPIRED_ID");
  const cardHolder = fault === "CARD_HOLDER_MISMATCH" ? otherHolder(random, person.namePinyin) : person.namePinyin.toUpperCase();

  let idNumber = person.idNumber;
  if (fault === "BAD_CHECK_DIGIT") idNumber = idNumber.slice(0, 17) + wrongCheckCharacter(idNumber);
  if (fault === "DUPLICATE_ID" && context.duplicateIdNumber) idNumber = context.duplicateIdNumber;

  const read: KycDocumentData = {
    name: person.name,
    idNumber,
    birthDate: person.birthDate,
    gender: person.gender,
    idValidFrom: validFrom,
    idValidTo: validTo,
    address: person.address,
    ethnicity: person.ethnicity,
    issuingAuthority: issuingAuthority(person.city),
    cardBin: bin,
    cardLast4: last4,
    cardHolderName: cardHolder,
    cardBankName: bank?.bankName ?? null,
  };
  const entered: KycIdentityData = {
    name: fault === "NAME_MISMATCH" ? misspell(random, person.name) : spacedSometimes(random, person.name),
    idNumber,
    birthDate: fault === "BIRTH_DATE_MISMATCH" ? shiftDays(person.birthDate, random.int(20, 400)) : person.birthDate,
    gender: person.gender,
    idValidFrom: validFrom,
    idValidTo: validTo,
    address: person.address,
    cardBin: bin,
    cardLast4: last4,
    cardHolderName: cardHolder,
  };
  if (fault === "WATCHLIST_HIT" && context.watchlistName) {
    entered.name = read.name = context.watchlistName.name;
    entered.birthDate = read.birthDate = context.watchlistName.birthDate;
  }
  return { entered, read, card: { bin, last4, bankName: bank?.bankName ?? "未知发卡行", cardType: bank?.cardType ?? "DEBIT", panLength: bank?.panLength ?? 19 } };
}

export function renderDocuments(random: Random, read: KycDocumentData, card: SimSubmissionDraft["card"]): SimDocument[] {
  const photoSeed = random.int(1, 2 ** 30);
  const svg = (kind: SimDocument["kind"], text: string): SimDocument => ({
    kind,
    mimeType: "image/svg+xml",
    contentEncoding: "gzip",
    content: new Uint8Array(gzipSync(text, { level: 6 })),
  });
  return [
    svg("ID_FRONT", renderIdCardFront({ name: read.name, gender: read.gender, ethnicity: read.ethnicity, birthDate: read.birthDate, address: read.address, idNumber: read.idNumber, photoSeed })),
    svg("ID_BACK", renderIdCardBack({ authority: read.issuingAuthority, validFrom: read.idValidFrom, validTo: read.idValidTo === "LONG_TERM" ? "长期" : read.idValidTo })),
    svg("SELFIE", renderSelfie({ photoSeed, holdingIdCard: random.chance(0.6) })),
    svg("BANK_CARD", renderBankCard({ bankName: card.bankName, bin: card.bin, last4: card.last4, holderName: read.cardHolderName, cardType: card.cardType, panLength: card.panLength, colorSeed: photoSeed })),
  ];
}

/** Validity periods by age at issue: 5 years under 16, 10 under 26, 20 under 46, then long-term. */
function validity(random: Random, birthDate: string, at: Date, expired: boolean): [string, string] {
  const issuedYearsAgo = expired ? random.int(6, 12) : random.int(0, 9);
  const issued = new Date(at.getTime() - (issuedYearsAgo * 365 + random.int(0, 300)) * 86_400_000);
  const ageAtIssue = (issued.getTime() - Date.parse(birthDate)) / (365.25 * 86_400_000);
  const from = issued.toISOString().slice(0, 10);
  if (expired) return [from, addYears(from, 5)];
  if (ageAtIssue >= 46) return [from, "LONG_TERM"];
  const years = ageAtIssue < 16 ? 5 : ageAtIssue < 26 ? 10 : 20;
  const to = addYears(from, years);
  // A card that would already have expired was renewed: move it forward one period.
  return Date.parse(to) > at.getTime() ? [from, to] : [addYears(from, years), addYears(from, 2 * years)];
}

function addYears(day: string, years: number): string {
  return `${Number(day.slice(0, 4)) + years}${day.slice(4)}`;
}

function shiftDays(day: string, days: number): string {
  return new Date(Date.parse(day) + days * 86_400_000).toISOString().slice(0, 10);
}

function wrongCheckCharacter(idNumber: string): string {
  const right = idCheckCharacter(idNumber.slice(0, 17));
  const options = "0123456789X".split("").filter((c) => c !== right);
  return options[Number(idNumber[15]) % options.length]!;
}

/** Typing differences that normalisation must forgive: a space between surname and given name. */
function spacedSometimes(random: Random, name: string): string {
  return random.chance(0.04) ? `${name.slice(0, 1)} ${name.slice(1)}` : name;
}

const LOOKALIKE: readonly string[] = ["伟", "玮", "炜", "芳", "方", "敏", "民", "静", "婧", "丽", "莉", "军", "君", "杰", "洁"];

function misspell(random: Random, name: string): string {
  const last = name.slice(-1);
  const replacement = LOOKALIKE.find((c) => c !== last && random.chance(0.4)) ?? (last === "明" ? "鸣" : "明");
  return name.slice(0, -1) + replacement;
}

function otherHolder(random: Random, pinyin: string): string {
  const surnames = ["WANG", "LI", "ZHANG", "LIU", "CHEN", "YANG", "ZHAO", "HUANG"];
  const others = surnames.filter((s) => s.toLowerCase() !== pinyin.split(" ")[0]);
  return `${random.pick(others)} ${pinyin.split(" ").slice(1).join(" ").toUpperCase()}`.trim();
}
