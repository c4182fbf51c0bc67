import { describe, expect, it } from "vitest";
import { decideRewards } from "@/lib/promotions/rules/decide";
import { bonusEvent, customer, payment, promotion } from "@/lib/promotions/rules/test-support";
import { NO_USAGE, type CustomerUsage, type PromotionToRun, type RewardDecision, type RewardEvent } from "@/lib/promotions/rules/types";
import { shanghaiDay } from "@/lib/time";

const noUsage = () => NO_USAGE;
const fixed = { type: "CASHBACK_FIXED", percentBps: null, perTransactionCapFen: null, thresholdFen: 10_000, rewardFen: 500 } as const;
const points = { type: "POINTS_MULTIPLIER", percentBps: null, perTransactionCapFen: null, multiplierX100: 200 } as const;

/** Runs events one after another the way the worker does, keeping each promotion's usage for the one customer. */
function replay(events: RewardEvent[], promotions: PromotionToRun[]): RewardDecision[][] {
  const paid: RewardDecision[] = [];
  const remaining = new Map(promotions.map((p) => [p.id, p.remainingFen]));
  return events.map((event) => {
    const day = shanghaiDay(event.at);
    const usageOf = (id: string): CustomerUsage => {
      const mine = paid.filter((d) => d.promotionId === id);
      return { rewards: mine.length, rewardsOnDay: mine.filter((d) => d.day === day).length, costFen: mine.reduce((sum, d) => sum + d.costFen, 0n) };
    };
    const current = promotions.map((p) => ({ ...p, remainingFen: remaining.get(p.id)! }));
    const decisions = decideRewards(event, customer(), current, usageOf);
    for (const d of decisions) {
      paid.push(d);
      remaining.set(d.promotionId, remaining.get(d.promotionId)! - d.costFen);
    }
    return decisions;
  });
}

describe("decideRewards", () => {
  it("pays one eligible promotion with its decision filled in", () => {
    const [decision] = decideRewards(payment({ transactionId: 42n }), customer(), [promotion("p1")], noUsage);
    expect(decision).toEqual({
      promotionId: "p1", versionId: "p1_v1", source: "PAYMENT", sourceKey: "tx:42", amountFen: 500n, points: 0, costFen: 500n, day: "2026-11-05",
    });
  });

  it("pays nothing when ineligible or when the reward rounds to nothing", () => {
    expect(decideRewards(payment({ channel: "NFC" }), customer(), [promotion("p1", { channels: ["QR"] })], noUsage)).toEqual([]);
    expect(decideRewards(payment({ amountFen: 19n }), customer(), [promotion("p1")], noUsage)).toEqual([]);
  });

  it("costs points by their value", () => {
    const [decision] = decideRewards(payment({ amountFen: 12_345n }), customer(), [promotion("p1", points)], noUsage);
    expect(decision).toMatchObject({ amountFen: 0n, points: 123, costFen: 123n });
  });
});

describe("caps", () => {
  it("caps percentage cashback per payment", () => {
    const [decision] = decideRewards(payment({ amountFen: 1_000_000n }), customer(), [promotion("p1", { percentBps: 1_000, perTransactionCapFen: 3_000 })], noUsage);
    expect(decision?.amountFen).toBe(3_000n);
  });

  it("trims a reward to the budget left and pays nothing once it is gone", () => {
    expect(decideRewards(payment(), customer(), [promotion("p1", {}, 120n)], noUsage)[0]?.amountFen).toBe(120n);
    expect(decideRewards(payment(), customer(), [promotion("p1", {}, 0n)], noUsage)).toEqual([]);
    expect(decideRewards(payment(), customer(), [promotion("p1", {}, -5n)], noUsage)).toEqual([]);
    expect(decideRewards(payment({ amountFen: 50_000n }), customer(), [promotion("p1", points, 70n)], noUsage)[0]).toMatchObject({ points: 70, costFen: 70n });
  });

  it("never pays more than the budget over a run of payments", () => {
    const p = promotion("p1", { ...fixed, budgetFen: 1_200 });
    const results = replay([1, 2, 3, 4].map((n) => payment({ transactionId: BigInt(n), at: new Date(`2026-11-0${n + 1}T10:00:00+08:00`) })), [p]);
    expect(results.map((r) => r.map((d) => d.amountFen))).toEqual([[500n], [500n], [200n], []]);
  });
});

describe("per-customer limits", () => {
  it("stops at the most rewards per customer", () => {
    const p = promotion("p1", { maxRewardsPerCustomer: 3 });
    expect(decideRewards(payment(), customer(), [p], () => ({ rewards: 2, rewardsOnDay: 0, costFen: 0n }))).toHaveLength(1);
    expect(decideRewards(payment(), customer(), [p], () => ({ rewards: 3, rewardsOnDay: 0, costFen: 0n }))).toEqual([]);
    const results = replay([1, 2, 3, 4, 5].map((n) => payment({ transactionId: BigInt(n), at: new Date(`2026-11-0${n}T10:00:00+08:00`) })), [p]);
    expect(results.map((r) => r.length)).toEqual([1, 1, 1, 0, 0]);
  });

  it("stops at the most rewards per day", () => {
    const p = promotion("p1", { maxRewardsPerCustomerPerDay: 2 });
    expect(decideRewards(payment(), customer(), [p], () => ({ rewards: 5, rewardsOnDay: 1, costFen: 0n }))).toHaveLength(1);
    expect(decideRewards(payment(), customer(), [p], () => ({ rewards: 5, rewardsOnDay: 2, costFen: 0n }))).toEqual([]);
  });

  it("trims to the customer's own budget and stops when it is spent", () => {
    const p = promotion("p1", { perCustomerBudgetFen: 1_000 });
    expect(decideRewards(payment(), customer(), [p], () => ({ rewards: 1, rewardsOnDay: 1, costFen: 800n }))[0]?.amountFen).toBe(200n);
    expect(decideRewards(payment(), customer(), [p], () => ({ rewards: 2, rewardsOnDay: 1, costFen: 1_000n }))).toEqual([]);
  });

  it("takes the smaller of the customer's budget and the total budget left", () => {
    const p = promotion("p1", { perCustomerBudgetFen: 1_000 }, 150n);
    expect(decideRewards(payment(), customer(), [p], () => ({ rewards: 1, rewardsOnDay: 1, costFen: 700n }))[0]?.amountFen).toBe(150n);
  });

  it("pays a bonus once per customer, keyed by the customer", () => {
    const bonus = promotion("b1", { type: "SIGNUP_BONUS", percentBps: null, perTransactionCapFen: null, bonusTrigger: "WALLET_ACTIVATION", rewardFen: 1_000 });
    const [first] = decideRewards(bonusEvent("WALLET_ACTIVATION"), customer(), [bonus], noUsage);
    expect(first).toMatchObject({ source: "WALLET_ACTIVATION", sourceKey: "customer:cus_1", amountFen: 1_000n });
    expect(decideRewards(bonusEvent("WALLET_ACTIVATION"), customer(), [bonus], () => ({ rewards: 1, rewardsOnDay: 1, costFen: 1_000n }))).toEqual([]);
  });

  it("pays a first-payment bonus as FIRST_PAYMENT on the first payment only", () => {
    const bonus = promotion("b1", { type: "SIGNUP_BONUS", percentBps: null, perTransactionCapFen: null, bonusTrigger: "FIRST_PAYMENT", rewardFen: 1_000 });
    expect(decideRewards(payment({ firstPayment: true }), customer(), [bonus], noUsage)[0]).toMatchObject({ source: "FIRST_PAYMENT", sourceKey: "customer:cus_1" });
    expect(decideRewards(payment({ firstPayment: false }), customer(), [bonus], noUsage)).toEqual([]);
  });
});

describe("stacking and priority", () => {
  const ids = (decisions: RewardDecision[]) => decisions.map((d) => d.promotionId);

  it("pays only the first non-stackable promotion by priority, whatever order they come in", () => {
    const a = promotion("a", { priority: 20 });
    const b = promotion("b", { priority: 10 });
    const c = promotion("c", { priority: 30 });
    expect(ids(decideRewards(payment(), customer(), [a, b, c], noUsage))).toEqual(["b"]);
    expect(ids(decideRewards(payment(), customer(), [c, a, b], noUsage))).toEqual(["b"]);
  });

  it("breaks priority ties by id", () => {
    expect(ids(decideRewards(payment(), customer(), [promotion("z", { priority: 5 }), promotion("m", { priority: 5 })], noUsage))).toEqual(["m"]);
  });

  it("pays stackable promotions besides the non-stackable one", () => {
    const exclusive = promotion("ex", { priority: 10 });
    const exclusive2 = promotion("ex2", { priority: 20 });
    const extraPoints = promotion("pts", { ...points, priority: 50, stackable: true });
    const earlyStack = promotion("st", { ...fixed, priority: 1, stackable: true });
    expect(ids(decideRewards(payment(), customer(), [extraPoints, exclusive2, exclusive, earlyStack], noUsage))).toEqual(["st", "ex", "pts"]);
  });

  it("hands the event on when a higher-priority promotion cannot pay", () => {
    const spent = promotion("first", { priority: 1 }, 0n);
    const capped = promotion("second", { priority: 2, maxRewardsPerCustomer: 1 });
    const elsewhere = promotion("third", { priority: 3, channels: ["NFC"] });
    const next = promotion("fourth", { ...fixed, priority: 4 });
    const usage = (id: string): CustomerUsage => (id === "second" ? { rewards: 1, rewardsOnDay: 0, costFen: 500n } : NO_USAGE);
    const decisions = decideRewards(payment(), customer(), [next, elsewhere, capped, spent], usage);
    expect(ids(decisions)).toEqual(["fourth"]);
  });

  it("does not let a stackable promotion exclude anything", () => {
    const stack = promotion("stack", { priority: 1, stackable: true });
    const exclusive = promotion("excl", { ...fixed, priority: 2 });
    expect(ids(decideRewards(payment(), customer(), [exclusive, stack], noUsage))).toEqual(["stack", "excl"]);
  });
});

describe("time-zone edges at midnight Shanghai time", () => {
  it("puts a payment on the Shanghai day, not the UTC one", () => {
    expect(decideRewards(payment({ at: new Date("2026-11-10T15:59:59.999Z") }), customer(), [promotion("p1")], noUsage)[0]?.day).toBe("2026-11-10");
    expect(decideRewards(payment({ at: new Date("2026-11-10T16:00:00.000Z") }), customer(), [promotion("p1")], noUsage)[0]?.day).toBe("2026-11-11");
  });

  it("resets the per-day limit at Shanghai midnight, not UTC midnight", () => {
    const p = promotion("p1", { maxRewardsPerCustomerPerDay: 1 });
    const results = replay(
      [
        payment({ transactionId: 1n, at: new Date("2026-11-10T01:00:00Z") }), // 11-10 09:00 Shanghai
        payment({ transactionId: 2n, at: new Date("2026-11-10T15:59:59.999Z") }), // 11-10 23:59:59.999: same day, refused
        payment({ transactionId: 3n, at: new Date("2026-11-10T16:00:00Z") }), // 11-11 00:00: a new day
        payment({ transactionId: 4n, at: new Date("2026-11-10T23:59:59Z") }), // 11-11 07:59: still UTC 11-10, but 11-11 has its reward
        payment({ transactionId: 5n, at: new Date("2026-11-11T00:00:01Z") }), // UTC midnight passes: no reset
      ],
      [p],
    );
    expect(results.map((r) => r.map((d) => d.day))).toEqual([["2026-11-10"], [], ["2026-11-11"], [], []]);
  });

  it("opens at the window's first Shanghai millisecond and closes at its end", () => {
    const p = promotion("p1");
    expect(decideRewards(payment({ at: new Date("2026-10-31T15:59:59.999Z") }), customer(), [p], noUsage)).toEqual([]);
    expect(decideRewards(payment({ at: new Date("2026-10-31T16:00:00Z") }), customer(), [p], noUsage)[0]?.day).toBe("2026-11-01");
    expect(decideRewards(payment({ at: new Date("2026-11-11T15:59:59.999Z") }), customer(), [p], noUsage)[0]?.day).toBe("2026-11-11");
    expect(decideRewards(payment({ at: new Date("2026-11-11T16:00:00Z") }), customer(), [p], noUsage)).toEqual([]);
  });

  it("pays nothing from the moment a paused or ended promotion stopped", () => {
    const p = { ...promotion("p1"), stoppedAt: new Date("2026-11-08T00:00:00+08:00") };
    expect(decideRewards(payment({ at: new Date("2026-11-07T23:59:59.999+08:00") }), customer(), [p], noUsage)).toHaveLength(1);
    expect(decideRewards(payment({ at: new Date("2026-11-08T00:00:00+08:00") }), customer(), [p], noUsage)).toEqual([]);
  });

  it("holds newCustomerDays to exactly N days after registration", () => {
    const p = promotion("p1", { newCustomerDays: 1 });
    const registeredAt = new Date("2026-11-04T23:59:00+08:00");
    expect(decideRewards(payment({ at: new Date("2026-11-05T23:59:00+08:00") }), customer({ registeredAt }), [p], noUsage)).toHaveLength(1);
    expect(decideRewards(payment({ at: new Date("2026-11-05T23:59:00.001+08:00") }), customer({ registeredAt }), [p], noUsage)).toEqual([]);
  });
});
