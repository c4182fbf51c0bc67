// The staff area's strings as client components receive them: the server passes the locale's `staff`
// catalogue and role names down, and these helpers fill placeholders and name field errors.
import type { Role } from "@/lib/generated/prisma/enums";
import type { Messages } from "@/lib/i18n/messages/zh-CN";

export type StaffMessages = Messages["staff"];
export type RoleNames = Record<Role, string>;

export { fill } from "@/lib/i18n/translate";

/** The action wrapper translates validation.* itself; the staff area's own validation keys come raw. */
export function fieldErrorText(m: StaffMessages, message: string | undefined): string | undefined {
  if (!message?.startsWith("staff.validation.")) return message;
  const key = message.slice("staff.validation.".length);
  return Object.hasOwn(m.validation, key) ? m.validation[key as keyof StaffMessages["validation"]] : message;
}
