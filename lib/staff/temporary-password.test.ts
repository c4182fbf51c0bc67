import { describe, expect, it } from "vitest";
import { newPasswordSchema } from "@/lib/auth/password-policy";
import { generateTemporaryPassword, TEMPORARY_PASSWORD_ALPHABET } from "./temporary-password";

describe("temporary passwords", () => {
  it("are 20 readable symbols in four groups, with upper case, lower case and digits", () => {
    for (let i = 0; i < 200; i++) {
      const password = generateTemporaryPassword();
      expect(password).toMatch(/^[A-Za-z2-9]{5}(-[A-Za-z2-9]{5}){3}$/);
      expect(password.length).toBeGreaterThanOrEqual(16);
      expect(password).not.toMatch(/[01OIl]/);
      expect(password).toMatch(/[A-Z]/);
      expect(password).toMatch(/[a-z]/);
      expect(password).toMatch(/\d/);
    }
  });

  it("would pass the password policy", () => {
    expect(newPasswordSchema.safeParse(generateTemporaryPassword()).success).toBe(true);
  });

  it("never repeat and use the whole alphabet, evenly", () => {
    const passwords = Array.from({ length: 2000 }, generateTemporaryPassword);
    expect(new Set(passwords).size).toBe(passwords.length);
    const counts = new Map<string, number>();
    for (const char of passwords.join("").replaceAll("-", "")) counts.set(char, (counts.get(char) ?? 0) + 1);
    expect([...counts.keys()].sort().join("")).toBe([...TEMPORARY_PASSWORD_ALPHABET].sort().join(""));
    // 40,000 symbols over 54: about 741 each; a modulo bias would skew some by a third.
    const expected = 40_000 / TEMPORARY_PASSWORD_ALPHABET.length;
    for (const [char, count] of counts) expect(Math.abs(count - expected) / expected, char).toBeLessThan(0.2);
  });
});
