import type { RoleNames } from "@/components/staff/messages";
import type { Translate } from "@/lib/i18n/translate";
import { STAFF_ROLES } from "@/lib/staff/schemas";

export function roleNames(t: Translate): RoleNames {
  return Object.fromEntries(STAFF_ROLES.map((role) => [role, t(`roles.${role}`)])) as RoleNames;
}
