import { describe, expect, it } from "vitest";
import { isCommonPassword, newPasswordSchema } from "./password-policy";

describe("password policy", () => {
  it("refuses passwords shorter than 12 characters", () => {
    expect(newPasswordSchema.safeParse("Short-pass1").success).toBe(false);
    expect(newPasswordSchema.safeParse("Long-enough-pass").success).toBe(true);
  });

  it("refuses common passwords, also with digits or symbols stuck on the end", () => {
    expect(isCommonPassword("password")).toBe(true);
    expect(isCommonPassword("qwertyuiop123")).toBe(true);
    expect(isCommonPassword("Password1234!")).toBe(true);
    expect(newPasswordSchema.safeParse("1234567890123").success).toBe(false);
    expect(isCommonPassword("Wallet-Demo-2026")).toBe(false);
    expect(isCommonPassword("teal harbour lantern 42")).toBe(false);
  });
});
