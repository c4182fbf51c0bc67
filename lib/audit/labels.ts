// Human names for the codes an audit event carries. Codes without a name in lib/i18n (new actions,
// free-text reasons) are shown as they are: never hidden, never guessed.
import type { MessageKey, Translate } from "@/lib/i18n/translate";

function named(t: Translate, key: string, code: string): string {
  const text = t(key as MessageKey);
  return text === key ? code : text;
}

/** "auth.sign-in" -> "登录"; the catalogue nests actions by area, so "audit.actionNames.auth.sign-in". */
export const auditActionLabel = (t: Translate, action: string) => named(t, `audit.actionNames.${action}`, action);
export const auditEntityLabel = (t: Translate, entityType: string) => named(t, `audit.entityTypes.${entityType}`, entityType);
export const auditReasonLabel = (t: Translate, reason: string) => named(t, `audit.reasons.${reason}`, reason);
