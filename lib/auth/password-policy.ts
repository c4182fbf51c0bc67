// Password rules (PCI DSS 8.3.6, 8.3.7; OWASP ASVS 2.1): at least 12 characters, not a commonly used
// password (zxcvbn's bundled list of about 49,000), not one of the last four.
import { dictionary } from "@zxcvbn-ts/language-common";
import { z } from "zod";

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;
export const PASSWORD_HISTORY_DEPTH = 4;

let common: Set<string> | null = null;
function commonPasswords(): Set<string> {
  common ??= new Set((dictionary["passwords-common"] as string[]).map((p) => p.toLowerCase()));
  return common;
}

export function isCommonPassword(password: string): boolean {
  const lower = password.toLowerCase();
  // Digits alone are a PIN, whatever their length.
  if (/^\d+$/.test(lower)) return true;
  // "Password1234!" is "password" with decoration: strip trailing digits and symbols too.
  const core = lower.replace(/[\d\W_]+$/u, "");
  return commonPasswords().has(lower) || (core.length >= 4 && commonPasswords().has(core) && core.length >= lower.length - 6);
}

/** Messages are i18n keys (validation.*), translated by the action wrapper. */
export const newPasswordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, "validation.passwordTooShort")
  .max(PASSWORD_MAX_LENGTH, "validation.passwordTooLong")
  .refine((value) => !isCommonPassword(value), "validation.passwordCommon");
