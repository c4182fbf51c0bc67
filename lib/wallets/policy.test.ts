import { describe, expect, it } from "vitest";
import { closeRefusal, freezeRefusal, limitViolations, limitsRefusal, unfreezeRefusal, type WalletState } from "./policy";

const wallet = (overrides: Partial<WalletState> = {}): WalletState => ({ status: "ACTIVE", balanceFen: 0n, frozenById: null, ...overrides });
const key = (refusal: { key: string } | null) => refusal?.key ?? null;

describe("wallet controls by state", () => {
  it("freezes only an active wallet", () => {
    expect(key(freezeRefusal(wallet()))).toBeNull();
    expect(key(freezeRefusal(wallet({ status: "FROZEN" })))).toBe("wallets.errors.alreadyFrozen");
    expect(key(freezeRefusal(wallet({ status: "CLOSED" })))).toBe("wallets.errors.notActive");
    expect(key(freezeRefusal(wallet({ status: "PENDING_KYC" })))).toBe("wallets.errors.notActive");
  });

  it("lets anyone but the person who froze a wallet unfreeze it", () => {
    const frozen = wallet({ status: "FROZEN", frozenById: "officer-1" });
    expect(key(unfreezeRefusal(frozen, "officer-1"))).toBe("wallets.errors.ownFreeze");
    expect(key(unfreezeRefusal(frozen, "officer-2"))).toBeNull();
    expect(key(unfreezeRefusal(wallet(), "officer-2"))).toBe("wallets.errors.notFrozen");
  });

  it("closes only a wallet with nothing in it that nobody has frozen", () => {
    expect(key(closeRefusal(wallet()))).toBeNull();
    expect(key(closeRefusal(wallet({ status: "PENDING_KYC" })))).toBeNull();
    expect(key(closeRefusal(wallet({ balanceFen: 1n })))).toBe("wallets.errors.closeBalance");
    expect(key(closeRefusal(wallet({ balanceFen: -1n })))).toBe("wallets.errors.closeBalance");
    expect(key(closeRefusal(wallet({ status: "FROZEN" })))).toBe("wallets.errors.closeFrozen");
    expect(key(closeRefusal(wallet({ status: "CLOSED" })))).toBe("wallets.errors.alreadyClosed");
  });

  it("adjusts limits of active and frozen wallets only", () => {
    expect(key(limitsRefusal(wallet()))).toBeNull();
    expect(key(limitsRefusal(wallet({ status: "FROZEN" })))).toBeNull();
    expect(key(limitsRefusal(wallet({ status: "CLOSED" })))).toBe("wallets.errors.limitsState");
    expect(key(limitsRefusal(wallet({ status: "PENDING_KYC" })))).toBe("wallets.errors.limitsState");
  });
});

describe("limits policy", () => {
  it("accepts limits up to the tier's maximum, in order", () => {
    expect(limitViolations(2, { singleFen: 1_000_000n, dailyFen: 2_000_000n, annualFen: 20_000_000n })).toEqual({});
    expect(limitViolations(1, { singleFen: 50_000n, dailyFen: 50_000n, annualFen: 50_000n })).toEqual({});
  });

  it("refuses a limit above the tier's maximum, naming the field", () => {
    expect(limitViolations(1, { singleFen: 100_001n, dailyFen: 200_000n, annualFen: 10_000_000n })).toEqual({ singleLimit: "wallets.errors.overTierMaximum" });
    expect(limitViolations(3, { singleFen: 100n, dailyFen: 100n, annualFen: 100_000_001n })).toEqual({ annualLimit: "wallets.errors.overTierMaximum" });
  });

  it("refuses a per-transaction limit above the daily one, and a daily one above the annual one", () => {
    expect(limitViolations(2, { singleFen: 500_000n, dailyFen: 400_000n, annualFen: 300_000n })).toEqual({
      singleLimit: "wallets.errors.singleOverDaily",
      dailyLimit: "wallets.errors.dailyOverAnnual",
    });
  });
});
