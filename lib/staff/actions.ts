"use server";
// Staff administration's server actions: the wrapper gates on staff:manage and parses; the mutations do
// the work in one transaction with its audit event.
import { revalidatePath } from "next/cache";
import { isTestContext } from "@/lib/actions/context";
import { defineAction } from "@/lib/actions/define";
import { db } from "@/lib/db";
import { changeStaffRoles, createStaff, deactivateStaff, reactivateStaff, resetStaffPassword, resetStaffSecondFactor, unlockStaff } from "@/lib/staff/mutations";
import { changeRolesSchema, createStaffSchema, staffChangeSchema } from "@/lib/staff/schemas";

/** The list and the detail pages show the change at once (the form's next submit carries the new version). */
function refreshed<T>(result: T): T {
  if (!isTestContext()) revalidatePath("/admin/staff", "layout");
  return result;
}

export const createStaffAction = defineAction({
  name: "staff.create",
  permission: "staff:manage",
  schema: createStaffSchema,
  run: async (input, actor) => refreshed(await createStaff(db, input, actor)),
});

export const changeStaffRolesAction = defineAction({
  name: "staff.change-roles",
  permission: "staff:manage",
  schema: changeRolesSchema,
  run: async (input, actor) => refreshed(await changeStaffRoles(db, input, actor)),
});

export const deactivateStaffAction = defineAction({
  name: "staff.deactivate",
  permission: "staff:manage",
  schema: staffChangeSchema,
  run: async (input, actor) => refreshed(await deactivateStaff(db, input, actor)),
});

export const reactivateStaffAction = defineAction({
  name: "staff.reactivate",
  permission: "staff:manage",
  schema: staffChangeSchema,
  run: async (input, actor) => refreshed(await reactivateStaff(db, input, actor)),
});

export const resetStaffPasswordAction = defineAction({
  name: "staff.reset-password",
  permission: "staff:manage",
  schema: staffChangeSchema,
  run: async (input, actor) => refreshed(await resetStaffPassword(db, input, actor)),
});

export const resetStaffSecondFactorAction = defineAction({
  name: "staff.reset-mfa",
  permission: "staff:manage",
  schema: staffChangeSchema,
  run: async (input, actor) => refreshed(await resetStaffSecondFactor(db, input, actor)),
});

export const unlockStaffAction = defineAction({
  name: "staff.unlock",
  permission: "staff:manage",
  schema: staffChangeSchema,
  run: async (input, actor) => refreshed(await unlockStaff(db, input, actor)),
});
