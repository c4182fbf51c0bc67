// Ten one-time recovery codes per staff member, shown once at enrolment; only Argon2 hashes are stored.
import { randomInt } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import { hashPassword, verifyPassword } from "@/lib/auth/password-hash";

export const RECOVERY_CODE_COUNT = 10;
// No 0/O or 1/I/L: codes are read off paper.
const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

export function newRecoveryCode(): string {
  const chars = Array.from({ length: 10 }, () => ALPHABET[randomInt(ALPHABET.length)]);
  return `${chars.slice(0, 5).join("")}-${chars.slice(5).join("")}`;
}

export function normaliseRecoveryCode(input: string): string {
  const compact = input.toUpperCase().replace(/[^0-9A-Z]/g, "");
  return compact.length === 10 ? `${compact.slice(0, 5)}-${compact.slice(5)}` : input.trim().toUpperCase();
}

type Tx = Pick<Prisma.TransactionClient, "recoveryCode">;

/** Replaces all of a staff member's codes; returns the new codes in plain text, for showing once. */
export async function issueRecoveryCodes(tx: Tx, staffId: string): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  const hashes = await Promise.all(codes.map(hashPassword));
  await tx.recoveryCode.deleteMany({ where: { staffId } });
  await tx.recoveryCode.createMany({ data: hashes.map((codeHash) => ({ staffId, codeHash })) });
  return codes;
}

/** Marks the matching unused code as used; false when none matches. */
export async function useRecoveryCode(tx: Tx, staffId: string, input: string): Promise<boolean> {
  const code = normaliseRecoveryCode(input);
  const unused = await tx.recoveryCode.findMany({ where: { staffId, usedAt: null }, select: { id: true, codeHash: true } });
  for (const candidate of unused) {
    if (await verifyPassword(candidate.codeHash, code)) {
      const marked = await tx.recoveryCode.updateMany({ where: { id: candidate.id, usedAt: null }, data: { usedAt: new Date() } });
      return marked.count === 1;
    }
  }
  return false;
}
