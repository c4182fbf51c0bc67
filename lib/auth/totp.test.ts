import { generate } from "otplib";
import { describe, expect, it } from "vitest";
import { newTotpSecret, totpUri, verifyTotp } from "./totp";

describe("TOTP", () => {
  it("accepts the current code once and refuses it when replayed", async () => {
    const secret = newTotpSecret();
    const code = await generate({ secret });
    const step = await verifyTotp(secret, code, null);
    expect(step).not.toBeNull();
    expect(await verifyTotp(secret, code, step)).toBeNull();
  });

  it("refuses wrong and malformed codes", async () => {
    const secret = newTotpSecret();
    const code = await generate({ secret });
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, "0");
    expect(await verifyTotp(secret, wrong, null)).toBeNull();
    expect(await verifyTotp(secret, "12345", null)).toBeNull();
    expect(await verifyTotp(secret, "abcdef", null)).toBeNull();
  });

  it("builds an otpauth URI an authenticator app understands", () => {
    const uri = totpUri("officer@wallet.bank", "JBSWY3DPEHPK3PXP");
    expect(uri).toMatch(/^otpauth:\/\/totp\/Wallet%20Console:officer%40wallet\.bank\?/);
    expect(uri).toContain("secret=JBSWY3DPEHPK3PXP");
  });
});
