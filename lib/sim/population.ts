// The wallet population, one customer at a time, as the wallet app would have written it: the customer,
// their KYC submissions with documents, their wallet, linked cards and transaction history. A generator,
// so that millions of transactions stream through in bounded memory.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { FraudPattern, KycStatus } from "@/lib/generated/prisma/enums";
import { KYC_SLA_HOURS } from "@/lib/kyc/review/reasons";
import type { KycInfoRequest } from "@/lib/kyc/submission-data";
import { dateOnly, shanghaiDay, startOfShanghaiDay } from "@/lib/time";
import type { NewTransaction } from "@/lib/transactions/record";
import { TIER_LIMITS, type WalletTier } from "@/lib/wallets/limits";
import { walletHistory, type Counterparty } from "@/lib/sim/activity";
import { FRAUD_PATTERNS, FRAUD_RATES, NEEDS_TIER_3, SIM_THRESHOLDS, type FraudPlan } from "@/lib/sim/fraud";
import { NEAR_MISS_NEEDS_TIER_3, NEAR_MISS_RULES, type NearMissPlan, type NearMissRule } from "@/lib/sim/near-miss";
import { draftSubmission, FAULT_WEIGHTS, rejectionReasonFor, renderDocuments, type KycFault, type SimDocument } from "@/lib/sim/kyc";
import type { SimOptions } from "@/lib/sim/options";
import { largeValuePlanter, type LargeValuePlanted } from "@/lib/sim/large-value";
import { occupationFor, randomPerson } from "@/lib/sim/people";
import { createRandom, type Random } from "@/lib/sim/random";
import type { WatchlistPerson } from "@/lib/sim/reference";
import { DECIDING_STAFF_IDS } from "@/lib/sim/staff";
import { pinyinKey } from "@/lib/text/pinyin";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export interface CustomerBundle {
  customer: Prisma.CustomerCreateManyInput;
  wallet: Prisma.WalletCreateManyInput;
  cards: Prisma.BankCardCreateManyInput[];
  submissions: Prisma.KycSubmissionCreateManyInput[];
  documents: (SimDocument & { id: string; submissionId: string })[];
  transactions: NewTransaction[];
  /** The near-miss this customer was given (unlabelled in the database), with the rows that make it. */
  nearMiss: { rule: NearMissRule; walletId: string; rows: NewTransaction[] } | null;
}

const FAULTS = Object.keys(FAULT_WEIGHTS) as KycFault[];

/**
 * Every pattern and every near-miss is planted a minimum number of times, so that even a small population
 * (the 150-customer integration one) has one of each: from the FIRST_FORCED_INDEX-th customer on (earlier
 * ones have too few other wallets to trade with), eligible customers (approved well before the window)
 * take turns, a planted incident then a near-miss, cycling through the patterns and rules, until
 * FORCED_ROUNDS of each are planted. After that fraud is down to chance (FRAUD_RATES).
 */
export const FORCED_ROUNDS = 6;
const FIRST_FORCED_INDEX = 30;

interface ForcedPlants {
  fraud: number;
  nearMiss: number;
}
/** `largeValue`, when given, receives each large-value plant as it is made (tests read which customers carry them). */
export function* generatePopulation(options: SimOptions, watchlistPeople: readonly WatchlistPerson[], largeValue?: LargeValuePlanted[]): Generator<CustomerBundle> {
  const windowStart = new Date(options.now.getTime() - options.days * DAY);
  // Bounded memory of earlier customers, for counterparties and duplicate-ID plants.
  const recent: { walletId: string; name: string; idNumber: string }[] = [];
  const collectors: Counterparty[] = [];
  const forced: ForcedPlants = { fraud: 0, nearMiss: 0 };
  // The large-value plants go to the first ordinary customers who can carry them (lib/sim/large-value.ts).
  const planter = largeValuePlanter(options);

  for (let index = 0; index < options.customers; index++) {
    const random = createRandom(options.seed).fork(`customer:${index}`);
    const bundle = customerBundle(random, index, options, windowStart, watchlistPeople, recent, collectors, forced);
    const planted = planter.offer(bundle, random.fork("large-value"));
    if (planted) largeValue?.push(planted);
    recent.push({ walletId: bundle.wallet.id, name: bundle.customer.name, idNumber: bundle.customer.idNumber });
    if (recent.length > 500) recent.shift();
    if (index % 97 === 0) collectors.push({ walletId: bundle.wallet.id, name: maskName(bundle.customer.name) });
    yield bundle;
  }
}

function customerBundle(
  random: Random,
  index: number,
  options: SimOptions,
  windowStart: Date,
  watchlistPeople: readonly WatchlistPerson[],
  recent: readonly { walletId: string; name: string; idNumber: string }[],
  collectors: readonly Counterparty[],
  forced: ForcedPlants,
): CustomerBundle {
  const now = options.now;
  const serial = String(index + 1).padStart(8, "0");
  const customerId = `C${serial}`;
  const walletId = `W${serial}`;

  const fault: KycFault | null = random.chance(0.1) ? random.weighted(FAULTS, (f) => FAULT_WEIGHTS[f]) : null;
  const status = latestStatus(random, fault);
  const open = status === "PENDING" || status === "IN_REVIEW" || status === "NEEDS_INFO";
  const submittedAt = open
    ? new Date(now.getTime() - random.int(10, 30 * 60) * 60_000)
    : random.chance(0.78)
      ? new Date(windowStart.getTime() - random.int(1, 700) * DAY - random.int(0, DAY))
      : new Date(windowStart.getTime() + random.int(0, Math.max(1, options.days - 1)) * DAY + random.int(0, DAY));
  const createdAt = new Date(submittedAt.getTime() - random.int(2, 40) * 60_000);

  const person = randomPerson(random, submittedAt, fault === "UNDER_AGE" ? random.int(14, 15) : undefined);
  let fraudPattern = pickFraud(random, status);
  let nearMissRule: NearMissRule | null = null;
  if (index >= FIRST_FORCED_INDEX && status === "APPROVED" && !fault && submittedAt.getTime() < windowStart.getTime() - 2 * DAY) {
    const turn = forcedTurn(forced, options.days);
    if (turn?.fraud) fraudPattern = turn.fraud;
    if (turn?.nearMiss) {
      nearMissRule = turn.nearMiss;
      fraudPattern = null;
    }
  }
  const highTier = random.chance(0.3);
  const tier: WalletTier = highTier || (fraudPattern && NEEDS_TIER_3.has(fraudPattern)) || (nearMissRule && NEAR_MISS_NEEDS_TIER_3.has(nearMissRule)) ? 3 : 2;

  const draft = draftSubmission(random, person, fault, submittedAt, {
    duplicateIdNumber: recent.length ? random.pick(recent).idNumber : null,
    watchlistName: watchlistPeople.length ? random.pick(watchlistPeople.slice(0, 40)) : null,
  });
  const documents = renderDocuments(random, draft.read, draft.card);

  const submissions: Prisma.KycSubmissionCreateManyInput[] = [];
  const docs: CustomerBundle["documents"] = [];
  const addSubmission = (row: Prisma.KycSubmissionCreateManyInput, files: SimDocument[]) => {
    submissions.push(row);
    for (const file of files) docs.push({ ...file, id: `${row.id}-${file.kind}`, submissionId: row.id });
  };

  // Some customers were turned away once (an unreadable photo) before the submission that counts.
  if (!fault && random.chance(0.05)) {
    const firstAt = new Date(submittedAt.getTime() - random.int(2, 20) * DAY);
    addSubmission(
      submissionRow(random, `K${serial}0`, customerId, tier, "REJECTED", firstAt, draft, person.province.name, "DOCUMENT_UNREADABLE"),
      renderDocuments(random, draft.read, draft.card),
    );
  }
  const reason = status === "REJECTED" ? rejectionReasonFor(fault, random) : null;
  const latest = submissionRow(random, `K${serial}1`, customerId, tier, status, submittedAt, draft, person.province.name, reason);
  addSubmission(latest, documents);

  const approved = status === "APPROVED";
  const activatedAt = approved ? (latest.decidedAt as Date) : null;
  const naturalEnding = approved ? walletEnding(random, activatedAt!, now) : null;
  // A wallet with a plant stays open to the end of the window.
  const ending = fraudPattern || nearMissRule ? null : naturalEnding;
  const limits = TIER_LIMITS[approved ? tier : 1];

  const cards: Prisma.BankCardCreateManyInput[] = [
    { id: `BC${serial}0`, walletId, bankName: draft.card.bankName, bin: draft.card.bin, last4: draft.card.last4, cardType: draft.card.cardType, holderName: draft.read.cardHolderName, linkedAt: submittedAt },
  ];
  if (approved) {
    for (let i = 1, extra = random.weighted([0, 1, 2], (n) => [6, 3, 1][n]!); i <= extra; i++) {
      const more = draftSubmission(random, person, null, submittedAt, { duplicateIdNumber: null, watchlistName: null }).card;
      cards.push({ id: `BC${serial}${i}`, walletId, bankName: more.bankName, bin: more.bin, last4: more.last4, cardType: more.cardType, holderName: draft.read.cardHolderName, linkedAt: linkedAfter(activatedAt!, random.int(1, 200), now), status: random.chance(0.1) ? "REMOVED" : "ACTIVE" });
    }
  }

  let transactions: NewTransaction[] = [];
  const planted = { nearMiss: [] as NewTransaction[] };
  if (approved) {
    const activeUntil = ending?.at ?? now;
    const activeFrom = Math.max(activatedAt!.getTime(), windowStart.getTime());
    const plantRandom = random.fork("plans");
    const fraud: FraudPlan | null = fraudPattern ? fraudPlan(plantRandom, fraudPattern, activeFrom, activeUntil.getTime(), options.days, collectors) : null;
    const nearMiss: NearMissPlan | null = nearMissRule ? nearMissPlan(plantRandom, nearMissRule, activeFrom, activeUntil.getTime()) : null;
    transactions = walletHistory(
      random,
      {
        walletId,
        activeFrom: activatedAt!,
        activeUntil,
        singleLimitFen: limits.singleFen,
        cardIds: cards.filter((c) => c.status !== "REMOVED").map((c) => c.id),
        deviceId: `dev_${random.int(0, 2 ** 30).toString(16)}`,
        ip: homeIp(random),
        traveller: random.chance(0.12),
        // The victim of an unusual amount spends modestly, so that the spike fits under the single limit.
        everydayCapFen: fraudPattern === "UNUSUAL_AMOUNT" ? limits.singleFen / BigInt(Math.ceil(SIM_THRESHOLDS.spikeMultiple * 2)) : undefined,
        transactionsPerDay: options.transactionsPerWalletDay * Math.exp(random.normal(-0.32, 0.8)),
        fraud,
        nearMiss,
        closes: ending?.status === "CLOSED",
      },
      windowStart,
      () => (recent.length ? counterparty(random.pick(recent)) : { walletId: "W-EXTERNAL", name: "外部账户" }),
      planted,
    );
  }
  const balanceFen = transactions.reduce((sum, t) => (t.status !== "SUCCEEDED" ? sum : ["TOP_UP", "TRANSFER_IN", "REFUND", "CASHBACK"].includes(t.type) ? sum + t.amountFen : sum - t.amountFen), 0n);

  return {
    customer: {
      id: customerId,
      name: person.name,
      namePinyin: person.namePinyin,
      pinyinKey: pinyinKey(person.namePinyin),
      phone: person.phone,
      email: person.email,
      idNumber: draft.entered.idNumber,
      birthDate: dateOnly(draft.entered.birthDate),
      gender: person.gender,
      province: person.province.name,
      city: person.city.name,
      // What the regulatory reports state about the customer: the residence is the ID card's address.
      nationality: "CHN",
      occupation: occupationFor(random.fork("occupation"), person.birthDate, person.gender, submittedAt),
      address: person.address,
      riskLevel: fraudPattern ? "HIGH" : fault ? "MEDIUM" : "LOW",
      createdAt,
    },
    wallet: {
      id: walletId,
      customerId,
      status: ending?.status ?? (approved ? "ACTIVE" : "PENDING_KYC"),
      tier: approved ? tier : 1,
      // Money the wallet held before the window is not simulated; the balance is what the window moved.
      balanceFen: balanceFen < 0n ? 0n : balanceFen,
      singleLimitFen: limits.singleFen,
      dailyLimitFen: limits.dailyFen,
      annualLimitFen: limits.annualFen,
      createdAt,
      activatedAt,
      frozenAt: ending?.status === "FROZEN" ? ending.at : null,
      frozenById: ending?.status === "FROZEN" ? "staff_officer2" : null,
      freezeReason: ending?.status === "FROZEN" ? "客户报告疑似账户被盗用，暂停支付与提现" : null,
      freezeReasonCode: ending?.status === "FROZEN" ? "ACCOUNT_TAKEOVER" : null,
      closedAt: ending?.status === "CLOSED" ? ending.at : null,
    },
    cards,
    submissions,
    documents: docs,
    transactions,
    nearMiss: nearMissRule && planted.nearMiss.length ? { rule: nearMissRule, walletId, rows: planted.nearMiss } : null,
  };
}

/** The next forced plant, alternating incidents and near-misses; null once every round is done. The
 *  dormancy pattern and its near-miss need a window longer than the rule's idle period and are skipped
 *  in shorter populations. */
function forcedTurn(forced: ForcedPlants, days: number): { fraud?: FraudPattern; nearMiss?: NearMissRule } | null {
  const dormantFits = days >= SIM_THRESHOLDS.dormantDays + 6;
  const fraudLeft = forced.fraud < FORCED_ROUNDS * FRAUD_PATTERNS.length;
  const nearMissLeft = forced.nearMiss < FORCED_ROUNDS * NEAR_MISS_RULES.length;
  if (fraudLeft && (forced.fraud <= forced.nearMiss || !nearMissLeft)) {
    let pattern = FRAUD_PATTERNS[forced.fraud++ % FRAUD_PATTERNS.length]!;
    if (pattern === "DORMANT_REACTIVATION" && !dormantFits) pattern = FRAUD_PATTERNS[forced.fraud++ % FRAUD_PATTERNS.length]!;
    return { fraud: pattern };
  }
  if (nearMissLeft) {
    let rule = NEAR_MISS_RULES[forced.nearMiss++ % NEAR_MISS_RULES.length]!;
    if (rule === "DORMANT_REACTIVATION" && !dormantFits) rule = NEAR_MISS_RULES[forced.nearMiss++ % NEAR_MISS_RULES.length]!;
    return { nearMiss: rule };
  }
  return null;
}

/** A day late enough in the window for the wallet to have a history the rules compare against, and
 *  finished before `now`; dormancy gets its silence planned before it. */
function fraudPlan(random: Random, pattern: FraudPattern, activeFrom: number, activeUntil: number, days: number, collectors: readonly Counterparty[]): FraudPlan | null {
  const collector = collectors.length ? random.pick(collectors) : undefined;
  if (pattern === "DORMANT_REACTIVATION") {
    const idleDays = SIM_THRESHOLDS.dormantDays + random.int(2, 4);
    const day = pickDay(random, activeFrom + (idleDays + 2) * DAY, activeUntil);
    if (!day) return null;
    return { pattern, day, quietFrom: new Date(startOfShanghaiDay(day).getTime() - idleDays * DAY + random.int(0, 10) * HOUR) };
  }
  const lead = Math.max(7, Math.floor(days * 0.4)) * DAY;
  const day = pickDay(random, activeFrom + lead, activeUntil) ?? pickDay(random, activeFrom + DAY, activeUntil);
  return day ? { pattern, day, collector } : null;
}

function nearMissPlan(random: Random, rule: NearMissRule, activeFrom: number, activeUntil: number): NearMissPlan | null {
  if (rule === "DORMANT_REACTIVATION") {
    const idleDays = SIM_THRESHOLDS.dormantDays - 2;
    const day = pickDay(random, activeFrom + (idleDays + 3) * DAY, activeUntil);
    if (!day) return null;
    return { rule, day, quietFrom: new Date(startOfShanghaiDay(day).getTime() - idleDays * DAY) };
  }
  const day = pickDay(random, activeFrom + 9 * DAY, activeUntil) ?? pickDay(random, activeFrom + DAY, activeUntil);
  return day ? { rule, day } : null;
}

/** A Shanghai day whose whole span lies in [from, until). */
function pickDay(random: Random, from: number, until: number): string | null {
  const first = startOfShanghaiDay(shanghaiDay(new Date(from))).getTime() + DAY;
  const last = startOfShanghaiDay(shanghaiDay(new Date(until))).getTime() - DAY;
  if (last < first) return null;
  return shanghaiDay(new Date(first + random.int(0, Math.floor((last - first) / DAY)) * DAY));
}

function latestStatus(random: Random, fault: KycFault | null): KycStatus {
  const statuses = ["APPROVED", "PENDING", "IN_REVIEW", "NEEDS_INFO", "REJECTED"] as const;
  const weights = fault ? [0, 35, 10, 5, 50] : [84, 7, 3, 3, 3];
  return random.weighted(statuses, (s) => weights[statuses.indexOf(s)]!);
}

function pickFraud(random: Random, status: KycStatus): FraudPattern | null {
  if (status !== "APPROVED") return null;
  const roll = random.float();
  let edge = 0;
  for (const pattern of FRAUD_PATTERNS) {
    edge += FRAUD_RATES[pattern];
    if (roll < edge) return pattern;
  }
  return null;
}

function submissionRow(
  random: Random,
  id: string,
  customerId: string,
  tier: WalletTier,
  status: KycStatus,
  submittedAt: Date,
  draft: ReturnType<typeof draftSubmission>,
  province: string,
  reasonCode: string | null,
): Prisma.KycSubmissionCreateManyInput {
  const decided = status === "APPROVED" || status === "REJECTED" || status === "NEEDS_INFO";
  const decidedAt = decided ? new Date(submittedAt.getTime() + random.int(20, 20 * 60) * 60_000) : null;
  const decider = decided ? random.pick(DECIDING_STAFF_IDS) : null;
  const infoRequest: KycInfoRequest | null =
    status === "NEEDS_INFO" ? { documents: [random.pick(["SELFIE", "ID_BACK", "BANK_CARD"] as const)], message: "照片模糊或反光，请在光线充足处重新拍摄并上传。" } : null;
  return {
    id,
    customerId,
    tierRequested: tier,
    status,
    enteredData: { ...draft.entered },
    documentData: { ...draft.read },
    idNumber: draft.entered.idNumber,
    province,
    assigneeId: status === "IN_REVIEW" ? random.pick(["staff_officer", "staff_officer2"]) : decider,
    assignedAt: status === "IN_REVIEW" ? new Date(submittedAt.getTime() + random.int(5, 120) * 60_000) : decidedAt,
    submittedAt,
    dueAt: new Date(submittedAt.getTime() + KYC_SLA_HOURS * HOUR),
    reasonCode,
    decisionNote: reasonCode ? "Automated checks and document review" : null,
    infoRequest: infoRequest ? { ...infoRequest } : undefined,
    decidedById: decider,
    decidedAt,
  };
}

/** A card added after activation, up to 200 days later but never after `now`: `step` (1-200) places it. */
function linkedAfter(activatedAt: Date, step: number, now: Date): Date {
  const span = Math.min(200 * DAY, now.getTime() - activatedAt.getTime());
  return new Date(activatedAt.getTime() + Math.floor((span * step) / 201));
}

/** A few approved wallets were later frozen or closed. */
function walletEnding(random: Random, activatedAt: Date, now: Date): { status: "FROZEN" | "CLOSED"; at: Date } | null {
  const roll = random.float();
  if (roll > 0.022) return null;
  const at = new Date(activatedAt.getTime() + random.float() * (now.getTime() - activatedAt.getTime()));
  return { status: roll < 0.012 ? "FROZEN" : "CLOSED", at };
}

function counterparty(other: { walletId: string; name: string }): Counterparty {
  return { walletId: other.walletId, name: maskName(other.name) };
}

/** How the wallet app shows another person: surname and stars (张**). */
function maskName(name: string): string {
  return name.slice(0, 1) + "*".repeat(Math.max(1, name.length - 1));
}

const MOBILE_PREFIXES = ["36.", "39.", "42.", "58.", "59.", "60.", "101.", "106.", "111.", "112.", "113.", "114.", "115.", "116.", "117.", "120.", "121.", "122.", "123.", "124.", "125.", "171.", "175.", "180.", "182.", "183.", "218.", "219.", "220.", "221.", "222.", "223."];

function homeIp(random: Random): string {
  return `${random.pick(MOBILE_PREFIXES)}${random.int(0, 255)}.${random.int(0, 255)}.${random.int(1, 254)}`;
}
