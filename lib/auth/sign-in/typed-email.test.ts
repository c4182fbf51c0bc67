import { describe, expect, it } from "vitest";
import { auditedTypedEmail, isStaffEmailShape, NOT_AN_EMAIL } from "@/lib/auth/sign-in/typed-email";

describe("what a failed sign-in's audit row keeps of the typed email", () => {
  it("keeps staff-shaped emails as typed", () => {
    expect(auditedTypedEmail("officer@wallet.bank", undefined)).toBe("officer@wallet.bank");
    expect(auditedTypedEmail("officer@wallet.bank", ["wallet.bank"])).toBe("officer@wallet.bank");
    expect(auditedTypedEmail("Officer@Wallet.Bank", ["wallet.bank"])).toBe("Officer@Wallet.Bank");
  });

  it("keeps nothing of a pasted password", () => {
    for (const typed of ["Wallet-Demo-2026", "correct horse battery staple", "p@ss", "Tr0ub4dor&3@", "@wallet.bank"]) {
      expect(auditedTypedEmail(typed, undefined)).toBe(NOT_AN_EMAIL);
      expect(isStaffEmailShape(typed, undefined)).toBe(false);
    }
  });

  it("keeps only the domain of an address outside the bank's staff domain", () => {
    expect(auditedTypedEmail("Summer2026@gmail.com", ["wallet.bank"])).toBe("***@gmail.com");
    expect(auditedTypedEmail("x@wallet.bank.evil.cn", ["wallet.bank"])).toBe("***@wallet.bank.evil.cn");
  });
});
