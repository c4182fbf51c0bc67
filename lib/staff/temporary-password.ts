// Temporary passwords that an administrator hands to a staff member (new account, reset). Drawn from the
// operating system's CSPRNG with rejection sampling (no modulo bias), from an alphabet without look-alikes
// (0/O, 1/l/I), in dash-separated groups so they can be read out or typed without mistakes. 20 symbols
// from 54 carry about 115 bits; the person must replace it at first sign-in.
import { randomBytes } from "node:crypto";

export const TEMPORARY_PASSWORD_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789";
export const TEMPORARY_PASSWORD_GROUPS = 4;
export const TEMPORARY_PASSWORD_GROUP_SIZE = 5;
/** An unused temporary password stops working after a day (PCI DSS 8.3.5); an administrator issues a new one. */
export const TEMPORARY_PASSWORD_HOURS = 24;

const SYMBOLS = TEMPORARY_PASSWORD_GROUPS * TEMPORARY_PASSWORD_GROUP_SIZE;
// The largest multiple of the alphabet's size that fits in a byte; bytes at or above it are discarded.
const LIMIT = 256 - (256 % TEMPORARY_PASSWORD_ALPHABET.length);

function randomSymbols(count: number): string {
  let out = "";
  while (out.length < count) {
    for (const byte of randomBytes(count * 2)) {
      if (byte < LIMIT) out += TEMPORARY_PASSWORD_ALPHABET[byte % TEMPORARY_PASSWORD_ALPHABET.length];
      if (out.length === count) break;
    }
  }
  return out;
}

/** Mixes upper case, lower case and digits (PCI DSS 8.3.6 asks for letters and digits), e.g. "Kq7mZ-3xTbn-Hw9pR-e4NcV". */
export function generateTemporaryPassword(): string {
  for (;;) {
    const symbols = randomSymbols(SYMBOLS);
    if (/[A-Z]/.test(symbols) && /[a-z]/.test(symbols) && /\d/.test(symbols)) {
      const groups = Array.from({ length: TEMPORARY_PASSWORD_GROUPS }, (_, i) => symbols.slice(i * TEMPORARY_PASSWORD_GROUP_SIZE, (i + 1) * TEMPORARY_PASSWORD_GROUP_SIZE));
      return groups.join("-");
    }
  }
}

/** True for a temporary password (still to be replaced) issued more than TEMPORARY_PASSWORD_HOURS ago. */
export function temporaryPasswordExpired(staff: { mustChangePassword: boolean; passwordChangedAt: Date | null }, now: Date): boolean {
  if (!staff.mustChangePassword) return false;
  // No issue time recorded: treat it as old rather than as valid for ever.
  if (!staff.passwordChangedAt) return true;
  return now.getTime() - staff.passwordChangedAt.getTime() > TEMPORARY_PASSWORD_HOURS * 3_600_000;
}
