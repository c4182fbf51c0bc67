// Reference data the platform keeps beside its customers: card issuers by BIN, the sanctions and PEP
// watchlist, the fraud rules with their first parameter versions, and the marketing team's promotions.
import type { PromotionParams } from "@/lib/promotions/params";
import { promotionColumns } from "@/lib/promotions/columns";
import { FRAUD_RULES, ruleIdFor } from "@/lib/fraud/rules";
import { defaultParams } from "@/lib/fraud/rules/params";
import { RAISED_RULES } from "@/lib/fraud/rules/raised";
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
 * parameters: drafted by a compliance officer and approved by the compliance lead (four eyes from day one);
 * and the rules another guard raises (lib/fraud/rules/raised.ts: promotion farming), so /rules lists them
 * before their first alert.
 */
export function fraudRules(now: Date): { rules: Prisma.FraudRuleCreateManyInput[]; versions: Prisma.FraudRuleVersionCreateManyInput[] } {
  const rules: Prisma.FraudRuleCreateManyInput[] = FRAUD_RULES.map((r) => ({
    id: ruleIdFor(r.code),
    code: r.code,
    name: r.name["zh-CN"],
    description: r.description["zh-CN"],
    severity: r.defaultSeverity,
    enabled: true,
    createdAt: now,
  }));
  const versions: Prisma.FraudRuleVersionCreateManyInput[] = FRAUD_RULES.map((r) => ({
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
  }));
  // As the guard itself ensures them (lib/promotions/abuse/links.ts): no parameters, no author.
  for (const r of RAISED_RULES) {
    const id = ruleIdFor(r.code);
    rules.push({ id, code: r.code, name: r.name["zh-CN"], description: r.description["zh-CN"], severity: r.defaultSeverity, enabled: true, createdAt: now });
    versions.push({ id: `${id}_v1`, ruleId: id, version: 1, params: {}, severity: r.defaultSeverity, enabled: true, status: "ACTIVE", note: "营销套利防护（系统）", submittedAt: now, approvedAt: now, createdAt: now });
  }
  return { rules, versions };
}

const DAY = 86_400_000;

/** Demo promotions beside their versions: what seed.ts writes (liveVersionId is set after the versions exist). */
export interface SeedPromotions {
  promotions: Prisma.PromotionCreateManyInput[];
  versions: Prisma.PromotionVersionCreateManyInput[];
}

interface PromotionPlan {
  id: string;
  status: NonNullable<Prisma.PromotionCreateManyInput["status"]>;
  createdDays: number;
  approvedDays?: number;
  params: PromotionParams;
  pause?: { days: number; by: string | null; reason: "MANUAL" | "BUDGET_FORECAST" | "FRAUD_SHARE"; note: string | null };
  rejection?: { days: number; reason: string };
  /** A newer version submitted for approval while this one keeps running. */
  pending?: { days: number; note: string; change: Partial<PromotionParams> };
}

/** The promotion the guard paused for its burn rate: its budget scales with the population so that the
 *  seeded history burns it fast in any size of demo (customers x 1.5 yuan). */
export const AUTO_PAUSED_PROMOTION_ID = "promo_delivery";

/**
 * A realistic promotions calendar around `now`, every lifecycle state present: one ENDED (11.11), two
 * ACTIVE (one of them with a budget increase waiting for approval), a PAUSED one (paused by marketing
 * while it looked into sign-up farming), one paused by the guard for its burn rate, one SCHEDULED, one
 * PENDING_APPROVAL, one DRAFT and one REJECTED with the manager's reason. The rewards they earned come
 * from the seed's scoring drain (the worker's own code).
 */
export function promotions(now: Date, population: { customers: number; days: number } = { customers: 2_000, days: 90 }): SeedPromotions {
  const { customers } = population;
  // The sign-up bonus runs from 60 days back, or from the start of a shorter history (its bonuses are
  // credited at activation, and no transaction predates the history).
  const signupDays = Math.min(60, Math.max(2, population.days - 1));
  const at = (days: number) => new Date(now.getTime() + days * DAY).toISOString();
  const base = { perTransactionCapFen: null, thresholdFen: null, rewardFen: null, percentBps: null, multiplierX100: null, bonusTrigger: null, channels: [], mccs: [], minAmountFen: null, tiers: [], provinces: [], newCustomerDays: null, maxRewardsPerCustomer: null, maxRewardsPerCustomerPerDay: null, perCustomerBudgetFen: null, priority: 50, stackable: false, fraudShareLimitPercent: 10 } satisfies Partial<PromotionParams>;
  const rows: PromotionPlan[] = [
    { id: "promo_1111", status: "ENDED", createdDays: -30, approvedDays: -27, params: { ...base, name: "双十一扫码立减", description: "QR payments at supermarkets and restaurants get 5% back during 11.11", type: "CASHBACK_PERCENT", percentBps: 500, perTransactionCapFen: 2_000, channels: ["QR"], mccs: ["5411", "5812", "5814"], minAmountFen: 5_000, budgetFen: 50_000_000, perCustomerBudgetFen: 5_000, startsAt: at(-25), endsAt: at(-14) } },
    {
      id: "promo_winter",
      status: "ACTIVE",
      createdDays: -9,
      approvedDays: -7,
      params: { ...base, name: "冬季出行返现", description: "Rail and ride-hailing payments: CNY 3 back per trip over CNY 30", type: "CASHBACK_FIXED", thresholdFen: 3_000, rewardFen: 300, mccs: ["4111", "4121", "4112"], maxRewardsPerCustomerPerDay: 2, budgetFen: 20_000_000, perCustomerBudgetFen: 3_000, priority: 20, startsAt: at(-6), endsAt: at(40) },
      pending: { days: -0.3, note: "客流超出预期，追加预算并提高每人上限", change: { budgetFen: 30_000_000, perCustomerBudgetFen: 4_500 } },
    },
    { id: "promo_points", status: "ACTIVE", createdDays: -5, approvedDays: -4, params: { ...base, name: "积分翻倍周末", description: "Weekend card-linked payments earn double points", type: "POINTS_MULTIPLIER", multiplierX100: 200, channels: ["QR", "NFC", "ONLINE"], budgetFen: 10_000_000, stackable: true, startsAt: at(-3), endsAt: at(25) } },
    {
      id: "promo_signup",
      status: "PAUSED",
      createdDays: -signupDays - 2,
      approvedDays: -signupDays - 1,
      params: { ...base, name: "新用户实名礼", description: "CNY 10 when a new customer passes real-name verification", type: "SIGNUP_BONUS", bonusTrigger: "WALLET_ACTIVATION", rewardFen: 1_000, newCustomerDays: 30, tiers: [2, 3], budgetFen: 5_000_000, startsAt: at(-signupDays), endsAt: at(30) },
      pause: { days: -2, by: "staff_marketing", reason: "MANUAL", note: "多名新用户共用手机号或设备领取实名礼，暂停排查营销套利" },
    },
    {
      id: AUTO_PAUSED_PROMOTION_ID,
      status: "PAUSED",
      createdDays: -12,
      approvedDays: -11,
      params: { ...base, name: "外卖满减狂欢", description: "CNY 4 back on food delivery and fast food over CNY 30", type: "CASHBACK_FIXED", thresholdFen: 3_000, rewardFen: 400, mccs: ["5814"], channels: ["QR", "ONLINE"], maxRewardsPerCustomerPerDay: 1, budgetFen: Math.max(20_000, customers * 150), perCustomerBudgetFen: 4_000, priority: 30, startsAt: at(-10), endsAt: at(20) },
      pause: { days: -1, by: null, reason: "BUDGET_FORECAST", note: null },
    },
    { id: "promo_newyear", status: "SCHEDULED", createdDays: -3, approvedDays: -1, params: { ...base, name: "元旦跨境消费返现", description: "3% back on cross-border payments over the new year", type: "CASHBACK_PERCENT", percentBps: 300, perTransactionCapFen: 10_000, minAmountFen: 20_000, budgetFen: 30_000_000, perCustomerBudgetFen: 30_000, startsAt: at(33), endsAt: at(40) } },
    { id: "promo_spring", status: "PENDING_APPROVAL", createdDays: -1, params: { ...base, name: "春节红包加码", description: "Payments in the app during Spring Festival earn triple points", type: "POINTS_MULTIPLIER", multiplierX100: 300, channels: ["APP"], budgetFen: 40_000_000, startsAt: at(80), endsAt: at(95) } },
    { id: "promo_coffee", status: "DRAFT", createdDays: -2, params: { ...base, name: "咖啡季满减", description: "CNY 5 off coffee orders over CNY 25", type: "CASHBACK_FIXED", thresholdFen: 2_500, rewardFen: 500, mccs: ["5814"], budgetFen: 8_000_000, perCustomerBudgetFen: 2_000, startsAt: at(5), endsAt: at(35) } },
    {
      id: "promo_member",
      status: "REJECTED",
      createdDays: -4,
      params: { ...base, name: "会员日 10% 返现", description: "10% back on every payment on member days", type: "CASHBACK_PERCENT", percentBps: 1_000, perTransactionCapFen: 5_000, budgetFen: 60_000_000, startsAt: at(7), endsAt: at(14) },
      rejection: { days: -3, reason: "返现比例过高且不限商户类别，预计 3 天内耗尽预算；请降至 5%、限定餐饮与商超并附模拟结果后重新提交" },
    },
  ];
  const live = (status: string) => ["SCHEDULED", "ACTIVE", "PAUSED", "ENDED"].includes(status);
  const versions: Prisma.PromotionVersionCreateManyInput[] = [];
  for (const row of rows) {
    versions.push({
      id: `${row.id}_v1`,
      promotionId: row.id,
      number: 1,
      params: row.params,
      status: live(row.status) ? "APPROVED" : row.status === "PENDING_APPROVAL" ? "PENDING_APPROVAL" : row.status === "REJECTED" ? "REJECTED" : "DRAFT",
      authorId: "staff_marketing",
      submittedAt: row.status === "DRAFT" ? null : new Date(at(row.createdDays)),
      decidedById: row.approvedDays !== undefined || row.rejection ? "staff_manager" : null,
      decidedAt: row.approvedDays !== undefined ? new Date(at(row.approvedDays)) : row.rejection ? new Date(at(row.rejection.days)) : null,
      rejectionReason: row.rejection?.reason ?? null,
      createdAt: new Date(at(row.createdDays)),
    });
    if (row.pending) {
      versions.push({
        id: `${row.id}_v2`,
        promotionId: row.id,
        number: 2,
        params: { ...row.params, ...row.pending.change },
        status: "PENDING_APPROVAL",
        baseVersionId: `${row.id}_v1`,
        authorId: "staff_marketing",
        note: row.pending.note,
        submittedAt: new Date(at(row.pending.days)),
        createdAt: new Date(at(row.pending.days - 0.05)),
      });
    }
  }
  return {
    promotions: rows.map((row) => ({
      id: row.id,
      ...promotionColumns(row.params),
      params: row.params,
      status: row.status,
      createdById: "staff_marketing",
      createdAt: new Date(at(row.createdDays)),
      pausedAt: row.pause ? new Date(at(row.pause.days)) : null,
      pausedById: row.pause?.by ?? null,
      pauseReason: row.pause?.reason ?? null,
      pauseNote: row.pause?.note ?? null,
      // An ended promotion was ended by the clock at its end (no person).
      endedAt: row.status === "ENDED" ? new Date(row.params.endsAt) : null,
    })),
    versions,
  };
}
