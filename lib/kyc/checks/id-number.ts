// Chinese resident identity card numbers (GB 11643-1999): 6-digit administrative area code, 8-digit birth
// date, 3-digit sequence (odd for men, even for women) and an ISO 7064 MOD 11-2 check character.

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = "10X98765432";

/** The check character for the first 17 digits. */
export function idCheckCharacter(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new Error("expected 17 digits");
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

export function hasValidIdFormat(idNumber: string): boolean {
  return /^\d{17}[\dX]$/.test(idNumber);
}

export function hasValidIdCheckDigit(idNumber: string): boolean {
  return hasValidIdFormat(idNumber) && idCheckCharacter(idNumber.slice(0, 17)) === idNumber[17];
}

/** Birth date encoded in positions 7-14, as YYYY-MM-DD, or null when it is not a real date. */
export function birthDateFromId(idNumber: string): string | null {
  if (!hasValidIdFormat(idNumber)) return null;
  const y = Number(idNumber.slice(6, 10));
  const m = Number(idNumber.slice(10, 12));
  const d = Number(idNumber.slice(12, 14));
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return idNumber.slice(6, 10) + "-" + idNumber.slice(10, 12) + "-" + idNumber.slice(12, 14);
}

export function genderFromId(idNumber: string): "M" | "F" {
  return Number(idNumber[16]) % 2 === 1 ? "M" : "F";
}

/** Builds a valid number: area code, birth date (YYYY-MM-DD), sequence 0-999. */
export function buildIdNumber(areaCode: string, birthDate: string, sequence: number): string {
  const first17 = areaCode + birthDate.replaceAll("-", "") + String(sequence).padStart(3, "0");
  return first17 + idCheckCharacter(first17);
}
