// What the staff administration forms send. Shared by the forms and the server actions; no server imports.
// Messages are i18n keys: validation.* are translated by the action wrapper, staff.validation.* by the form.
import { z } from "zod";
import { referenceIdField } from "@/lib/validation/ids";
import { STAFF_ROLES, STAFF_STATUS_FILTERS, NAME_MAX, EMAIL_MAX, REASON_MIN, REASON_MAX } from "@/lib/staff/fields";
export { STAFF_ROLES, STAFF_STATUSES, STAFF_STATUS_FILTERS, NAME_MAX, EMAIL_MAX, REASON_MIN, REASON_MAX } from "@/lib/staff/fields";
export type { StaffRole, StaffStatus, StaffStatusFilter } from "@/lib/staff/fields";

/** ?status= on the list page; anything unknown shows everyone. */
export const staffStatusFilterSchema = z.enum(STAFF_STATUS_FILTERS).catch("all");

const rolesSchema = z
  .array(z.enum(STAFF_ROLES, "validation.required"), "validation.required")
  .min(1, "staff.validation.rolesRequired")
  .transform((roles) => STAFF_ROLES.filter((role) => roles.includes(role)));

const reasonSchema = z
  .string("validation.reasonRequired")
  .trim()
  .min(REASON_MIN, "validation.reasonRequired")
  .max(REASON_MAX, "staff.validation.reasonTooLong");

/** Which staff member, as the form saw them: a different updatedAt on the server is a conflict. */
const targetSchema = {
  staffId: referenceIdField,
  updatedAt: z.iso.datetime({ message: "validation.required" }),
};

export const createStaffSchema = z.object({
  name: z.string("validation.required").trim().min(1, "validation.required").max(NAME_MAX, "staff.validation.nameTooLong"),
  email: z.string("validation.required").trim().toLowerCase().max(EMAIL_MAX, "validation.email").pipe(z.email("validation.email")),
  roles: rolesSchema,
});
export type CreateStaff = z.infer<typeof createStaffSchema>;

export const changeRolesSchema = z.object({ ...targetSchema, roles: rolesSchema, reason: reasonSchema });
export type ChangeRoles = z.infer<typeof changeRolesSchema>;

/** Deactivate, reactivate, reset password, reset second factor, unlock: who, as seen, and why. */
export const staffChangeSchema = z.object({ ...targetSchema, reason: reasonSchema });
export type StaffChange = z.infer<typeof staffChangeSchema>;
