// Personal data as the console shows it until someone with pii:reveal asks, with a reason, to see it.
// The one place that decides how each kind of personal data is masked.

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

/** Surname kept, given name starred: 张** */
export function maskName(value: string): string {
  return value.slice(0, 1) + "*".repeat(Math.max(1, value.length - 1));
}

const MASKERS: Readonly<Record<string, (value: string) => string>> = {
  idNumber: maskIdNumber,
  phone: maskPhone,
  email: maskEmail,
  name: maskName,
  holderName: maskName,
  cardHolderName: maskName,
  address: () => "***",
  birthDate: (value) => `${value.slice(0, 4)}-**-**`,
};

const SECRETS = new Set(["password", "passwordHash", "totpSecret", "pendingSecret", "codeHash", "secret", "recoveryCodes"]);

/** A deep copy with personal data masked and secrets removed, for audit records and logs. */
export function maskPersonalData(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(maskPersonalData);
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
    if (SECRETS.has(key)) out[key] = "[redacted]";
    else if (typeof inner === "string" && MASKERS[key] && key !== "email") out[key] = MASKERS[key](inner);
    else if (typeof inner === "string" && key === "email" && inner.includes("@")) out[key] = maskEmail(inner);
    else out[key] = maskPersonalData(inner);
  }
  return out;
}
