// Reference data the platform keeps beside its customers: card issuers by BIN, the sanctions and PEP
// watchlist, the fraud rules with their first parameter versions, and the marketing team's promotions.
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

/** A realistic promotions calendar around `now`, one in each status. */
export function promotions(now: Date): Prisma.PromotionCreateManyInput[] {
  const at = (days: number) => new Date(now.getTime() + days * DAY);
  const base = { createdById: "staff_marketing", channels: [], mccs: [], tiers: [], provinces: [] };
  return [
    { ...base, id: "promo_1111", name: "双十一扫码立减", description: "QR payments at supermarkets and restaurants get 5% back during 11.11", type: "CASHBACK_PERCENT", value: 500n, channels: ["QR"], mccs: ["5411", "5812", "5814"], minAmountFen: 5_000n, budgetFen: 50_000_000n, perCustomerCapFen: 5_000n, startsAt: at(-25), endsAt: at(-14), status: "ENDED", approvedById: "staff_manager", approvedAt: at(-27), createdAt: at(-30) },
    { ...base, id: "promo_winter", name: "冬季出行返现", description: "Rail and ride-hailing payments: CNY 3 back per trip over CNY 30", type: "CASHBACK_FIXED", value: 300n, mccs: ["4111", "4121", "4112"], minAmountFen: 3_000n, budgetFen: 20_000_000n, perCustomerCapFen: 3_000n, startsAt: at(-6), endsAt: at(40), status: "ACTIVE", approvedById: "staff_manager", approvedAt: at(-7), createdAt: at(-9) },
    { ...base, id: "promo_points", name: "积分翻倍周末", description: "Weekend card-linked payments earn double points", type: "POINTS_MULTIPLIER", value: 200n, channels: ["QR", "NFC", "ONLINE"], budgetFen: 10_000_000n, startsAt: at(-3), endsAt: at(25), status: "ACTIVE", approvedById: "staff_manager", approvedAt: at(-4), createdAt: at(-5) },
    { ...base, id: "promo_signup", name: "新用户实名礼", description: "CNY 10 when a new customer passes real-name verification", type: "SIGNUP_BONUS", value: 1_000n, newCustomersOnly: true, tiers: [2, 3], budgetFen: 5_000_000n, perCustomerCapFen: 1_000n, startsAt: at(-60), endsAt: at(30), status: "PAUSED", approvedById: "staff_manager", approvedAt: at(-61), createdAt: at(-62) },
    { ...base, id: "promo_newyear", name: "元旦跨境消费返现", description: "3% back on cross-border payments over the new year", type: "CASHBACK_PERCENT", value: 300n, minAmountFen: 20_000n, budgetFen: 30_000_000n, perCustomerCapFen: 30_000n, startsAt: at(33), endsAt: at(40), status: "SCHEDULED", approvedById: "staff_manager", approvedAt: at(-1), createdAt: at(-3) },
    { ...base, id: "promo_spring", name: "春节红包加码", description: "Transfers during Spring Festival earn triple points", type: "POINTS_MULTIPLIER", value: 300n, channels: ["APP"], budgetFen: 40_000_000n, startsAt: at(80), endsAt: at(95), status: "PENDING_APPROVAL", createdAt: at(-1) },
    { ...base, id: "promo_coffee", name: "咖啡季满减", description: "CNY 5 off coffee orders over CNY 25", type: "CASHBACK_FIXED", value: 500n, mccs: ["5814"], minAmountFen: 2_500n, budgetFen: 8_000_000n, perCustomerCapFen: 2_000n, startsAt: at(5), endsAt: at(35), status: "DRAFT", createdAt: at(-2) },
  ];
}
