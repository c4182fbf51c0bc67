// The staff area's strings for its client components (from the i18n provider: the staff layout provides the
// "staff" namespace, the console layout "roles"), and the one helper that names the area's field errors.
import type { Messages } from "@/lib/i18n/messages/zh-CN";

export type StaffMessages = Messages["staff"];

/** The action wrapper translates validation.* itself; the staff area's own validation keys come raw. */
export function fieldErrorText(m: StaffMessages, message: string | undefined): string | undefined {
  if (!message?.startsWith("staff.validation.")) return message;
  const key = message.slice("staff.validation.".length);
  return Object.hasOwn(m.validation, key) ? m.validation[key as keyof StaffMessages["validation"]] : message;
}
