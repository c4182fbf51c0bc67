// The transaction reference number (交易流水号) staff quote to a customer, a bank or a regulator: the
// Beijing date the transaction happened, its id, and a check digit, e.g. 20261111 00000123456 7. A row
// number ("123456") reads like a count and invites typos that silently name another transaction; this
// carries its own date and catches a mistyped or swapped digit (Luhn), so a wrong reference finds nothing
// instead of the wrong row. Derived, never stored: the id and time already identify the transaction.
// No server imports: the filter form and the CSV use it too.
import { shanghaiDay, startOfShanghaiDay } from "@/lib/time";

const ID_DIGITS = 11;
export const REFERENCE_LENGTH = 8 + ID_DIGITS + 1;
const SHAPE = /^(\d{4})(\d{2})(\d{2})(\d{11})(\d)$/;

/** The Luhn check digit of a string of digits (as on card numbers): one wrong or two swapped digits fail. */
function luhnDigit(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

export function transactionReference(id: bigint | string, createdAt: Date): string {
  const body = shanghaiDay(createdAt).replace(/-/g, "") + String(id).padStart(ID_DIGITS, "0");
  return body + luhnDigit(body);
}

/** What a typed reference names: the transaction id and the Beijing day it must fall on; null if it is not one. */
export function parseTransactionReference(text: string): { id: bigint; dayStart: Date; dayEnd: Date } | null {
  const compact = text.normalize("NFKC").replace(/[\s-]/g, "");
  const match = SHAPE.exec(compact);
  if (!match) return null;
  const [, year, month, day, id, check] = match;
  if (luhnDigit(compact.slice(0, -1)) !== Number(check)) return null;
  const dayText = `${year}-${month}-${day}`;
  const dayStart = startOfShanghaiDay(dayText);
  if (Number.isNaN(dayStart.getTime()) || shanghaiDay(dayStart) !== dayText) return null;
  return { id: BigInt(id!), dayStart, dayEnd: new Date(dayStart.getTime() + 86_400_000) };
}
