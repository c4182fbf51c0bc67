// Human names for the codes an audit event carries. Codes without a name in lib/i18n (new actions,
// free-text reasons) are shown as they are: never hidden, never guessed.
import { WHOLE_VALUE_KEY } from "@/lib/audit/diff";
import { tierNumeral } from "@/lib/i18n/glossary";
import type { Locale, MessageKey, Translate } from "@/lib/i18n/translate";
import { formatCny } from "@/lib/money";
import { formatDateTimeSeconds } from "@/lib/time";

function named(t: Translate, key: string, code: string): string {
  const text = t(key as MessageKey);
  return text === key ? code : text;
}

/** "auth.sign-in" -> "登录"; the catalogue nests actions by area, so "audit.actionNames.auth.sign-in". */
export const auditActionLabel = (t: Translate, action: string) => named(t, `audit.actionNames.${action}`, action);
export const auditEntityLabel = (t: Translate, entityType: string) => named(t, `audit.entityTypes.${entityType}`, entityType);
export const auditReasonLabel = (t: Translate, reason: string) => named(t, `audit.reasons.${reason}`, reason);

/** A diff key as the UI names it: "decidedById" -> 决定人, "wallet.status" -> 钱包 · 状态. */
export function auditFieldLabel(t: Translate, key: string): string {
  if (key === WHOLE_VALUE_KEY) return t("audit.diff.value");
  return key
    .split(".")
    .map((part) => named(t, `audit.fields.${part}`, part))
    .join(" · ");
}

// Where each coded field's names live; a status is named by the thing it is the status of.
function codedValuePath(entityType: string, key: string, leaf: string): string | null {
  if (leaf === "status") return key.startsWith("wallet.") || entityType === "Wallet" ? "wallets.status" : "kycQueue.status";
  if (leaf === "riskLevel") return "kycQueue.risk";
  if (leaf === "reasonCode") return "kycReview.reasons";
  if (leaf === "freezeReasonCode") return "wallets.freezeReasons";
  if (leaf === "via") return "audit.values.via";
  return null;
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/**
 * One recorded value as the UI says it: IN_REVIEW -> 审核中, true -> 是, 500000 (…Fen) -> ¥5,000.00, an ISO
 * instant in Beijing time, roles by their names. People are resolved by the caller (they need a query).
 */
export function auditValueText(t: Translate, locale: Locale, entityType: string, key: string, value: unknown): string {
  const leaf = key.split(".").at(-1) ?? key;
  if (value === null) return t("audit.diff.null");
  if (typeof value === "boolean") return t(value ? "audit.diff.yes" : "audit.diff.no");
  if (leaf === "roles" && Array.isArray(value)) return value.map((role) => named(t, `roles.${String(role)}`, String(role))).join(t("audit.diff.listSeparator"));
  if (leaf === "tier" && (typeof value === "number" || typeof value === "string")) return t("wallets.tierValue", { tier: tierNumeral(value) });
  if (/Fen$/.test(leaf) && (typeof value === "number" || (typeof value === "string" && /^-?\d+$/.test(value)))) return formatCny(BigInt(value), locale);
  if (typeof value === "string" && ISO_INSTANT.test(value)) return formatDateTimeSeconds(new Date(value), locale);
  if (typeof value === "string") {
    const path = codedValuePath(entityType, key, leaf);
    return path ? named(t, `${path}.${value}`, value) : value;
  }
  return typeof value === "number" ? String(value) : JSON.stringify(value);
}
