// Personal data inside stored JSON, masked by the policy: audit events' before/after (when written, and
// again when shown or exported, so events stored under an older rule read the same) and the values the
// automated checks put into their explanations (stored whole, since the checks compare whole values).
import { showPii, treatment, type PersonalField } from "@/lib/privacy/policy";
import { maskNamesInList } from "@/lib/privacy/mask";

/** Keys of audited records that hold a personal field. */
const RECORD_KEYS: Readonly<Record<string, PersonalField>> = {
  name: "name",
  customerName: "name",
  counterpartyName: "name",
  holderName: "name",
  cardHolderName: "name",
  idNumber: "idNumber",
  phone: "phone",
  email: "email",
  address: "address",
  birthDate: "birthDate",
};

const SECRETS = new Set(["password", "passwordHash", "totpSecret", "pendingSecret", "codeHash", "secret", "recoveryCodes"]);

/** A deep copy with personal data as the audit trail (or its CSV export) shows it, and secrets removed. */
export function maskPersonalData(value: unknown, screen: "auditDiff" | "csvExport" = "auditDiff"): unknown {
  if (Array.isArray(value)) return value.map((item) => maskPersonalData(item, screen));
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
    const field = Object.hasOwn(RECORD_KEYS, key) ? RECORD_KEYS[key] : undefined;
    if (SECRETS.has(key)) out[key] = "[redacted]";
    // A failed sign-in's typed "email" may be anything; only an address is masked as one.
    else if (typeof inner === "string" && field && !(field === "email" && !inner.includes("@"))) out[key] = showPii(screen, field, inner);
    else out[key] = maskPersonalData(inner, screen);
  }
  return out;
}

/** The kycChecks.detail placeholders that carry a personal field (entryBirthDate too: an exact watchlist
 *  match would otherwise print the applicant's birth date; eligibleOn is the 18th birthday). */
const CHECK_PLACEHOLDERS: Readonly<Record<string, PersonalField>> = {
  birthDate: "birthDate",
  enteredBirthDate: "birthDate",
  idBirthDate: "birthDate",
  documentBirthDate: "birthDate",
  entryBirthDate: "birthDate",
  eligibleOn: "birthDate",
  digits: "birthDate",
  entered: "name",
  document: "name",
  name: "name",
  pinyin: "name",
  holder: "name",
};

/** A check explanation's values as the policy shows them; `customers` lists other people, as a list does. */
export function maskCheckValues(values: Readonly<Record<string, string | number>>): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(values)) {
    const field = Object.hasOwn(CHECK_PLACEHOLDERS, key) ? CHECK_PLACEHOLDERS[key]! : undefined;
    if (typeof value !== "string") out[key] = value;
    else if (key === "customers") out[key] = treatment("name", "list") === "whole" ? value : maskNamesInList(value);
    else out[key] = field ? showPii("checkExplanation", field, value) : value;
  }
  return out;
}
