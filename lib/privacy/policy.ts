// The one rule for personal data (PIPL art. 6, minimum necessary): for each field, how each screen shows it
// and what pii:reveal changes. lib/privacy/mask.ts holds the masks; this table decides which applies where,
// and every list, workspace, drawer, check explanation, audit record, CSV export and document scan asks it.
// docs/privacy.md is this table in prose. Pure and without server imports: client code may read it too.
import { can } from "@/lib/auth/permissions";
import { maskAddress, maskBankCard, maskBirthDate, maskEmail, maskIdNumber, maskName, maskPhone } from "@/lib/privacy/mask";

export const PERSONAL_FIELDS = ["name", "idNumber", "birthDate", "phone", "email", "address", "bankCard"] as const;
export type PersonalField = (typeof PERSONAL_FIELDS)[number];

/**
 * list: customer list, KYC queue, transaction list, and other people listed inside a record (the KYC
 * review's linked customers, a duplicate-ID explanation). workspace: the customer 360 and the KYC review.
 * drawer: the transaction drawer. checkExplanation: the automated checks' sentences. auditDiff: what the
 * audit trail stores and shows. csvExport: the transaction and audit exports (what they carry: counterparty
 * names, the audit trail's before/after). documentImage: the scans.
 */
export const SCREENS = ["list", "workspace", "drawer", "checkExplanation", "auditDiff", "csvExport", "documentImage"] as const;
export type Screen = (typeof SCREENS)[number];

/** whole: as stored; masked: the field's mask; hidden: not there at all (no column, a bar on a scan). */
export type Treatment = "whole" | "masked" | "hidden";

export interface Rule {
  /** What every role that may open the screen sees. */
  shown: Treatment;
  /** pii:reveal's audited reveal (a reason, an audit event, this view only) shows the whole value here. */
  revealable?: true;
}

const MASKED: Rule = { shown: "masked" };
const HIDDEN: Rule = { shown: "hidden" };
const REVEALABLE: Rule = { shown: "masked", revealable: true };
/**
 * A scan follows the same rule as the workspace: every role sees it redacted (the ID number masked, the
 * birth date and address under a bar); pii:reveal's audited reveal of those fields shows them whole on the
 * scans too, for a limited time (lib/privacy/reveal-scans.ts), each fetch recorded as kyc.document.view.
 */
const SCAN: Rule = { shown: "hidden", revealable: true };

export const PRIVACY_POLICY: Readonly<Record<PersonalField, Readonly<Record<Screen, Rule>>>> = {
  // The workspace is one person's record, opened on purpose and recorded as a page view: the name says
  // whose it is and the name checks compare it. Everywhere else a name is one among many: masked.
  name: { list: MASKED, workspace: { shown: "whole" }, drawer: MASKED, checkExplanation: { shown: "whole" }, auditDiff: MASKED, csvExport: MASKED, documentImage: { shown: "whole" } },
  idNumber: { list: MASKED, workspace: REVEALABLE, drawer: HIDDEN, checkExplanation: MASKED, auditDiff: MASKED, csvExport: MASKED, documentImage: { ...SCAN, shown: "masked" } },
  birthDate: { list: HIDDEN, workspace: REVEALABLE, drawer: HIDDEN, checkExplanation: MASKED, auditDiff: MASKED, csvExport: MASKED, documentImage: SCAN },
  phone: { list: MASKED, workspace: REVEALABLE, drawer: HIDDEN, checkExplanation: HIDDEN, auditDiff: MASKED, csvExport: MASKED, documentImage: HIDDEN },
  email: { list: HIDDEN, workspace: REVEALABLE, drawer: HIDDEN, checkExplanation: HIDDEN, auditDiff: MASKED, csvExport: MASKED, documentImage: HIDDEN },
  address: { list: HIDDEN, workspace: REVEALABLE, drawer: HIDDEN, checkExplanation: HIDDEN, auditDiff: MASKED, csvExport: MASKED, documentImage: SCAN },
  // Only the BIN and last four are ever stored, so "whole" does not exist for a card anywhere.
  bankCard: { list: HIDDEN, workspace: MASKED, drawer: MASKED, checkExplanation: MASKED, auditDiff: MASKED, csvExport: MASKED, documentImage: MASKED },
};

export const MASKS: Readonly<Record<PersonalField, (value: string) => string>> = {
  name: maskName,
  idNumber: maskIdNumber,
  birthDate: maskBirthDate,
  phone: maskPhone,
  email: maskEmail,
  address: maskAddress,
  bankCard: maskBankCard,
};

/** How a field appears on a screen (before any audited reveal): the same for every role. */
export function treatment(field: PersonalField, screen: Screen): Treatment {
  return PRIVACY_POLICY[field][screen].shown;
}

/** Whether the audited reveal may show the whole value of a field on a screen to these roles. */
export function mayReveal(field: PersonalField, screen: Screen, roles: readonly string[] | null | undefined): boolean {
  return Boolean(PRIVACY_POLICY[field][screen].revealable) && can(roles, "pii:reveal");
}

/** The value as the screen shows it: whole, masked, or "" where the screen does not carry the field. */
export function showPii(screen: Screen, field: PersonalField, value: string): string {
  const how = treatment(field, screen);
  return how === "whole" ? value : how === "masked" ? MASKS[field](value) : "";
}

