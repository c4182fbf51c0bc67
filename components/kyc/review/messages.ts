// The review workspace's strings as client components receive them (the locale's kycReview catalogue),
// and lookups of the automated checks' keys, which another area owns and which may not exist yet: a
// missing key shows the code, never a blank.
import type { Messages } from "@/lib/i18n/messages/zh-CN";
import type { MessageKey, Translate } from "@/lib/i18n/lookup";

export type ReviewMessages = Messages["kycReview"];

export { fill } from "@/lib/i18n/fill";

/** t() for a key that may not be in the catalogue: the fallback when it is not. */
export function optionalT(t: Translate, key: string, fallback: string, values?: Record<string, string | number>): string {
  const text = t(key as MessageKey, values);
  return text === key ? fallback : text;
}

/** Audit action names: this area's own first, then the audit area's, then the code itself. */
export function actionLabel(t: Translate, action: string): string {
  return optionalT(t, `kycReview.timeline.actions.${action}`, optionalT(t, `audit.actionNames.${action}`, action));
}
