// What a failed sign-in's audit row may keep of the "email" that was typed. People paste passwords into the
// email field; the audit trail is read by many and kept for years, so anything that is not shaped like one
// of our staff's emails is kept masked. A staff email's shape: a valid address at the bank's staff domain
// (STAFF_EMAIL_DOMAIN when it is set, otherwise any domain some staff member's email already has).
import { z } from "zod";

const emailShape = z.email();

export const NOT_AN_EMAIL = "[not an email]";

/** The part after the last "@" of a valid address, lower-cased; null for anything that is not one. */
export function emailDomain(typed: string): string | null {
  return emailShape.safeParse(typed).success ? typed.slice(typed.lastIndexOf("@") + 1).toLowerCase() : null;
}

/** staffDomains: the domains staff emails have (lower case); undefined accepts any valid address. */
export function isStaffEmailShape(typed: string, staffDomains: readonly string[] | undefined): boolean {
  const domain = emailDomain(typed);
  return domain !== null && (staffDomains === undefined || staffDomains.includes(domain));
}

/** The typed email as its audit row keeps it: as typed when it is staff-shaped, otherwise masked. */
export function auditedTypedEmail(typed: string, staffDomains: readonly string[] | undefined): string {
  if (isStaffEmailShape(typed, staffDomains)) return typed;
  // An address of another domain keeps only its domain; anything else, nothing at all: even its first
  // character could be the first character of a password.
  return emailShape.safeParse(typed).success ? `***@${typed.slice(typed.lastIndexOf("@") + 1)}` : NOT_AN_EMAIL;
}
