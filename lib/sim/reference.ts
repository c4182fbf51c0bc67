// Reference data the platform keeps beside its customers: card issuers by BIN, the sanctions and PEP
// watchlist, the fraud rules with their first parameter versions, and the marketing team's promotions.
import type { PromotionParams } from "@/lib/promotions/params";
import { promotionColumns } from "@/lib/promotions/columns";
import { FRAUD_RULES, ruleIdFor } from "@/lib/fraud/rules";
import { defaultParams } from "@/lib/fraud/rules/params";
import type { Prisma } from "@/lib/generated/prisma/client";
import { CARD_BINS } from "@/lib/sim/data/banks";
import { birthDateForAge, randomName } from "@/lib/sim/people";
import type { Random } from "@/lib/sim/random";
import { namePinyin } from "@/lib/text/pinyin";
import { dateOnly } from "@/lib/time";

export function cardBins(): Prisma.CardBinCreateManyInput[] {
  return CARD_BINS.map((b) => ({ bin: b.bin, bankName: b.bankName, bankCode: b.bankCode, cardType: b.cardType }));
}

export interface WatchlistPerson {
  name: string;
  birthDate: string;
}

/** Entries the population is matched against; the first `planted` are reused by WATCHLIST_HIT customers. */
export function watchlist(random: Random, now: Date, count = 160): { rows: Prisma.WatchlistEntryCreateManyInput[]; people: WatchlistPerson[] } {
  const rows: Prisma.WatchlistEntryCreateManyInput[] = [];
  const people: WatchlistPerson[] = [];
  for (let i = 0; i < count; i++) {
    const name = randomName(random, random.chance(0.7) ? "M" : "F");
    const birthDate = birthDateForAge(random, now, random.int(30, 75));
    const kind = random.chance(0.6) ? "SANCTIONS" : "PEP";
    people.push({ name, birthDate });
    rows.push({
      id: `WL${String(i + 1).padStart(5, "0")}`,
      kind,
      name,
      namePinyin: namePinyin(name),
      birthDate: random.chance(0.85) ? dateOnly(birthDate) : null,
      country: random.chance(0.8) ? "CN" : random.pick(["HK", "MO", "TW", "SG", "US"]),
      source: kind === "SANCTIONS" ? random.pick(["UN 安理会综合制裁名单", "OFAC SDN", "公安部涉恐人员名单"]) : random.pick(["国家监委公开通报", "境外政要名单 (Dow Jones)", "地方人大代表名单"]),
      note: null,
    });
  }
  return { rows, people };
}

/**
 * One FraudRule per rule in the registry (lib/fraud/rules), with version 1 ACTIVE on the rule's default
 * parameters: drafted by a compliance officer and approved by the compliance lead (four eyes from day one).
 */
export function fraudRules(now: Date): { rules: Prisma.FraudRuleCreateManyInput[]; versions: Prisma.FraudRuleVersionCreateManyInput[] } {
  return {
    rules: FRAUD_RULES.map((r) => ({
      id: ruleIdFor(r.code),
      code: r.code,
      name: r.name["zh-CN"],
      description: r.description["zh-CN"],
      severity: r.defaultSeverity,
      enabled: true,
      createdAt: now,
    })),
    versions: FRAUD_RULES.map((r) => ({
      id: `${ruleIdFor(r.code)}_v1`,
      ruleId: ruleIdFor(r.code),
      version: 1,
      params: defaultParams(r),
      severity: r.defaultSeverity,
      enabled: true,
      status: "ACTIVE",
      note: "初始参数（系统上线）",
      createdById: "staff_officer",
      submittedAt: now,
      approvedById: "staff_lead",
      approvedAt: now,
      createdAt: now,
    })),
  };
}

const DAY = 86_400_000;

/** A realistic promotions calendar around `now`, one in each status, each with the version it runs. */
export function promotions(now: Date): { promotions: Prisma.PromotionCreateManyInput[]; versions: Prisma.PromotionVersionCreateManyInput[] } {
  const at = (days: number) => new Date(now.getTime() + days * DAY).toISOString();
  const base = { perTransactionCapFen: null, thresholdFen: null, rewardFen: null, percentBps: null, multiplierX100: null, bonusTrigger: null, channels: [], mccs: [], minAmountFen: null, tiers: [], provinces: [], newCustomerDays: null, maxRewardsPerCustomer: null, maxRewardsPerCustomerPerDay: null, perCustomerBudgetFen: null, priority: 50, stackable: false, fraudShareLimitPercent: 10 } satisfies Partial<PromotionParams>;
  const rows: { id: string; status: Prisma.PromotionCreateManyInput["status"]; createdDays: number; approvedDays?: number; params: PromotionParams }[] = [
    { id: "promo_1111", status: "ENDED", createdDays: -30, approvedDays: -27, params: { ...base, name: "双十一扫码立减", description: "QR payments at supermarkets and restaurants get 5% back during 11.11", type: "CASHBACK_PERCENT", percentBps: 500, perTransactionCapFen: 2_000, channels: ["QR"], mccs: ["5411", "5812", "5814"], minAmountFen: 5_000, budgetFen: 50_000_000, perCustomerBudgetFen: 5_000, startsAt: at(-25), endsAt: at(-14) } },
    { id: "promo_winter", status: "ACTIVE", createdDays: -9, approvedDays: -7, params: { ...base, name: "冬季出行返现", description: "Rail and ride-hailing payments: CNY 3 back per trip over CNY 30", type: "CASHBACK_FIXED", thresholdFen: 3_000, rewardFen: 300, mccs: ["4111", "4121", "4112"], budgetFen: 20_000_000, perCustomerBudgetFen: 3_000, startsAt: at(-6), endsAt: at(40) } },
    { id: "promo_points", status: "ACTIVE", createdDays: -5, approvedDays: -4, params: { ...base, name: "积分翻倍周末", description: "Weekend card-linked payments earn double points", type: "POINTS_MULTIPLIER", multiplierX100: 200, channels: ["QR", "NFC", "ONLINE"], budgetFen: 10_000_000, stackable: true, startsAt: at(-3), endsAt: at(25) } },
    { id: "promo_signup", status: "PAUSED", createdDays: -62, approvedDays: -61, params: { ...base, name: "新用户实名礼", description: "CNY 10 when a new customer passes real-name verification", type: "SIGNUP_BONUS", bonusTrigger: "WALLET_ACTIVATION", rewardFen: 1_000, newCustomerDays: 30, tiers: [2, 3], budgetFen: 5_000_000, startsAt: at(-60), endsAt: at(30) } },
    { id: "promo_newyear", status: "SCHEDULED", createdDays: -3, approvedDays: -1, params: { ...base, name: "元旦跨境消费返现", description: "3% back on cross-border payments over the new year", type: "CASHBACK_PERCENT", percentBps: 300, perTransactionCapFen: 10_000, minAmountFen: 20_000, budgetFen: 30_000_000, perCustomerBudgetFen: 30_000, startsAt: at(33), endsAt: at(40) } },
    { id: "promo_spring", status: "PENDING_APPROVAL", createdDays: -1, params: { ...base, name: "春节红包加码", description: "Payments in the app during Spring Festival earn triple points", type: "POINTS_MULTIPLIER", multiplierX100: 300, channels: ["APP"], budgetFen: 40_000_000, startsAt: at(80), endsAt: at(95) } },
    { id: "promo_coffee", status: "DRAFT", createdDays: -2, params: { ...base, name: "咖啡季满减", description: "CNY 5 off coffee orders over CNY 25", type: "CASHBACK_FIXED", thresholdFen: 2_500, rewardFen: 500, mccs: ["5814"], budgetFen: 8_000_000, perCustomerBudgetFen: 2_000, startsAt: at(5), endsAt: at(35) } },
  ];
  const live = (status: string) => ["SCHEDULED", "ACTIVE", "PAUSED", "ENDED"].includes(status);
  return {
    promotions: rows.map((row) => ({
      id: row.id,
      ...promotionColumns(row.params),
      params: row.params,
      status: row.status,
      createdById: "staff_marketing",
      createdAt: new Date(at(row.createdDays)),
      pausedAt: row.status === "PAUSED" ? new Date(at(-2)) : null,
      pausedById: row.status === "PAUSED" ? "staff_marketing" : null,
      pauseReason: row.status === "PAUSED" ? "MANUAL" : null,
    })),
    versions: rows.map((row) => ({
      id: `${row.id}_v1`,
      promotionId: row.id,
      number: 1,
      params: row.params,
      status: live(row.status!) ? "APPROVED" : row.status === "PENDING_APPROVAL" ? "PENDING_APPROVAL" : "DRAFT",
      authorId: "staff_marketing",
      submittedAt: row.status === "DRAFT" ? null : new Date(at(row.createdDays)),
      decidedById: row.approvedDays === undefined ? null : "staff_manager",
      decidedAt: row.approvedDays === undefined ? null : new Date(at(row.approvedDays)),
      createdAt: new Date(at(row.createdDays)),
    })),
  };
}
