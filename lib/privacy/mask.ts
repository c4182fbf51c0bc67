// How each kind of personal data looks masked. Only the functions: which one applies on which screen, for
// which role, is lib/privacy/policy.ts's decision. Every mask is idempotent (a masked value masks to
// itself), so masking again on display is always safe.

/** Resident ID: first six (the area code) and last four, e.g. 110105********002X. */
export function maskIdNumber(value: string): string {
  return value.length <= 10 ? "*".repeat(value.length) : value.slice(0, 6) + "*".repeat(value.length - 10) + value.slice(-4);
}

export function maskPhone(value: string): string {
  return value.length < 7 ? "*".repeat(value.length) : value.slice(0, 3) + "****" + value.slice(-4);
}

export function maskEmail(value: string): string {
  const [local = "", domain = ""] = value.split("@");
  return `${local.slice(0, 1)}***@${domain}`;
}

/** Surname kept, given name starred: 张**. */
export function maskName(value: string): string {
  return value === "" ? "" : value.slice(0, 1) + "*".repeat(Math.max(1, value.length - 1));
}

/** The province and city (about six characters) stay readable; the street and number do not. */
export function maskAddress(value: string): string {
  if (value.length <= 6) return "*".repeat(value.length);
  return value.slice(0, 6) + "*".repeat(Math.min(8, value.length - 6));
}

/** The year stays: enough to judge an age band, not enough to identify someone. Anything that is not a
 *  calendar day (digits 7-14 of a malformed ID number) is starred whole. */
export function maskBirthDate(value: string): string {
  return /^\d{4}-(\d{2}|\*\*)-(\d{2}|\*\*)$/.test(value) ? `${value.slice(0, 4)}-**-**` : "*".repeat(value.length);
}

/** A card number: the BIN (first six) and last four, which is all the console ever stores (PCI DSS 3.4.1). */
export function maskBankCard(value: string): string {
  const digits = value.replace(/[\s*]/g, "");
  return digits.length < 10 ? "*".repeat(value.length) : `${digits.slice(0, 6)} **** ${digits.slice(-4)}`;
}

/** "王芳 (C000123), 李四 (C000456), …" as a check explanation lists other customers: each name masked. */
export function maskNamesInList(value: string): string {
  return value.replace(/(^|, )([^,(]+?) \(/g, (_, start: string, name: string) => `${start}${maskName(name)} (`);
}
