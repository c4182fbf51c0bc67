// How the review screens show each kind of personal data until someone reveals it. Builds on
// lib/privacy/mask.ts (the one place that decides the audit trail's masking) with partial masks that
// still let a reviewer compare: the birth year, the start of an address.
import { maskEmail, maskIdNumber, maskName, maskPhone } from "@/lib/privacy/mask";
import type { PiiField } from "@/lib/privacy/reveal-schemas";

/** The province and city (about six characters) stay readable; the street and number do not. */
export function maskAddress(value: string): string {
  if (value.length <= 6) return "*".repeat(value.length);
  return value.slice(0, 6) + "*".repeat(Math.min(8, value.length - 6));
}

/** The year stays: enough to judge an age band, not enough to identify someone. */
export function maskBirthDate(value: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value.slice(0, 4)}-**-**` : "*".repeat(value.length);
}

const MASKS: Readonly<Record<PiiField, (value: string) => string>> = {
  idNumber: maskIdNumber,
  phone: maskPhone,
  email: maskEmail,
  address: maskAddress,
  birthDate: maskBirthDate,
  name: maskName,
};

export function maskPii(field: PiiField, value: string): string {
  return value === "" ? "" : MASKS[field](value);
}
