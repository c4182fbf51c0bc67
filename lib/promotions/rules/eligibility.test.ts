import { describe, expect, it } from "vitest";
import { ineligibleBecause, isEligible } from "@/lib/promotions/rules/eligibility";
import { bonusEvent, customer, params, payment } from "@/lib/promotions/rules/test-support";

describe("ineligibleBecause", () => {
  it("accepts a payment that meets every condition", () => {
    const p = params({ channels: ["QR"], mccs: ["5411"], minAmountFen: 10_000, tiers: [2, 3], provinces: ["广东省"], newCustomerDays: 30 });
    expect(ineligibleBecause(p, payment(), customer())).toBeNull();
    expect(isEligible(p, payment(), customer())).toBe(true);
  });

  it("names each failing condition", () => {
    expect(ineligibleBecause(params(), payment({ at: new Date("2026-12-01T00:00:00Z") }), customer())).toBe("WINDOW");
    expect(ineligibleBecause(params({ channels: ["NFC", "APP"] }), payment(), customer())).toBe("CHANNEL");
    expect(ineligibleBecause(params({ mccs: ["5812"] }), payment(), customer())).toBe("MCC");
    expect(ineligibleBecause(params({ mccs: ["5812"] }), payment({ mcc: null }), customer())).toBe("MCC");
    expect(ineligibleBecause(params({ minAmountFen: 10_001 }), payment(), customer())).toBe("MIN_AMOUNT");
    expect(ineligibleBecause(params({ tiers: [3] }), payment(), customer())).toBe("TIER");
    expect(ineligibleBecause(params({ provinces: ["浙江省"] }), payment(), customer())).toBe("PROVINCE");
    expect(ineligibleBecause(params({ newCustomerDays: 7 }), payment(), customer())).toBe("NEW_CUSTOMER");
    const firstPaymentBonus = params({ type: "SIGNUP_BONUS", percentBps: null, perTransactionCapFen: null, bonusTrigger: "FIRST_PAYMENT", rewardFen: 888 });
    expect(ineligibleBecause(firstPaymentBonus, payment({ firstPayment: false }), customer())).toBe("TRIGGER");
    expect(ineligibleBecause(firstPaymentBonus, payment({ firstPayment: true }), customer())).toBeNull();
  });

  it("reports the first failing condition in the editor's order", () => {
    const p = params({ channels: ["NFC"], tiers: [3], provinces: ["浙江省"] });
    expect(ineligibleBecause(p, payment({ at: new Date("2026-10-31T15:59:59.999Z") }), customer())).toBe("WINDOW");
    expect(ineligibleBecause(p, payment(), customer())).toBe("CHANNEL");
  });

  it("takes the minimum amount as inclusive", () => {
    expect(ineligibleBecause(params({ minAmountFen: 10_000 }), payment({ amountFen: 10_000n }), customer())).toBeNull();
    expect(ineligibleBecause(params({ minAmountFen: 10_000 }), payment({ amountFen: 9_999n }), customer())).toBe("MIN_AMOUNT");
  });

  it("rewards activations and card links only through a bonus with that trigger", () => {
    const activation = params({ type: "SIGNUP_BONUS", percentBps: null, perTransactionCapFen: null, bonusTrigger: "WALLET_ACTIVATION", rewardFen: 500 });
    expect(ineligibleBecause(activation, bonusEvent("WALLET_ACTIVATION"), customer())).toBeNull();
    expect(ineligibleBecause(activation, bonusEvent("CARD_LINK"), customer())).toBe("TRIGGER");
    expect(ineligibleBecause(activation, payment({ firstPayment: true }), customer())).toBe("TRIGGER");
    expect(ineligibleBecause(params(), bonusEvent("WALLET_ACTIVATION"), customer())).toBe("TRIGGER");
  });

  it("applies tiers, provinces and customer age to bonuses too", () => {
    const linkBonus = params({ type: "SIGNUP_BONUS", percentBps: null, perTransactionCapFen: null, bonusTrigger: "CARD_LINK", rewardFen: 500, tiers: [3] });
    expect(ineligibleBecause(linkBonus, bonusEvent("CARD_LINK"), customer())).toBe("TIER");
    expect(ineligibleBecause(linkBonus, bonusEvent("CARD_LINK"), customer({ tier: 3 }))).toBeNull();
  });
});

describe("time-zone edges at midnight Shanghai time", () => {
  it("opens the window at 00:00 +08:00 inclusive and closes it at the end exclusive", () => {
    const p = params();
    // 2026-11-01 00:00 Shanghai is 2026-10-31 16:00 UTC.
    expect(ineligibleBecause(p, payment({ at: new Date("2026-10-31T15:59:59.999Z") }), customer())).toBe("WINDOW");
    expect(ineligibleBecause(p, payment({ at: new Date("2026-10-31T16:00:00.000Z") }), customer())).toBeNull();
    // Ends 2026-11-12 00:00 Shanghai = 2026-11-11 16:00 UTC: the last millisecond of 11-11 still counts.
    expect(ineligibleBecause(p, payment({ at: new Date("2026-11-11T15:59:59.999Z") }), customer())).toBeNull();
    expect(ineligibleBecause(p, payment({ at: new Date("2026-11-11T16:00:00.000Z") }), customer())).toBe("WINDOW");
  });

  it("re-reads the window when the same parameters object is edited", () => {
    const p = params();
    const at = new Date("2026-11-05T12:00:00+08:00");
    expect(ineligibleBecause(p, payment({ at }), customer())).toBeNull();
    p.startsAt = "2026-11-06T00:00:00+08:00";
    expect(ineligibleBecause(p, payment({ at }), customer())).toBe("WINDOW");
  });

  it("reads a window given in UTC the same as its Shanghai equivalent", () => {
    const p = params({ startsAt: "2026-10-31T16:00:00.000Z", endsAt: "2026-11-11T16:00:00.000Z" });
    expect(ineligibleBecause(p, payment({ at: new Date("2026-10-31T16:00:00.000Z") }), customer())).toBeNull();
    expect(ineligibleBecause(p, payment({ at: new Date("2026-11-11T16:00:00.000Z") }), customer())).toBe("WINDOW");
  });

  it("counts newCustomerDays as elapsed time, inclusive at exactly N days", () => {
    const registeredAt = new Date("2026-11-01T23:30:00+08:00");
    const p = params({ newCustomerDays: 3 });
    expect(ineligibleBecause(p, payment({ at: new Date("2026-11-04T23:30:00+08:00") }), customer({ registeredAt }))).toBeNull();
    expect(ineligibleBecause(p, payment({ at: new Date("2026-11-04T23:30:00.001+08:00") }), customer({ registeredAt }))).toBe("NEW_CUSTOMER");
    // A customer registered after the event's instant (clock skew between systems) is new.
    expect(ineligibleBecause(p, payment({ at: new Date("2026-11-01T23:00:00+08:00") }), customer({ registeredAt }))).toBeNull();
  });
});
