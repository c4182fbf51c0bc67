"use server";
import { changeOwnPasswordSchema } from "@/lib/account/schemas";
import { defineAction } from "@/lib/actions/define";
import { invalidField } from "@/lib/actions/errors";
import { recordAudit } from "@/lib/audit/write";
import { verifyPassword } from "@/lib/auth/password";
import { setStaffPassword } from "@/lib/auth/passwords";
import { db } from "@/lib/db";

export const changeOwnPasswordAction = defineAction({
  name: "account.change-password",
  permission: "account:manage-own",
  schema: changeOwnPasswordSchema,
  run: async (input, { staff, request }) => {
    await db.$transaction(async (tx) => {
      const current = await tx.staffUser.findUniqueOrThrow({ where: { id: staff.id }, select: { passwordHash: true } });
      if (!(await verifyPassword(current.passwordHash, input.currentPassword))) throw invalidField("currentPassword", "account.currentWrong");
      await setStaffPassword(tx, staff.id, input.newPassword, { temporary: false, field: "newPassword" });
      await recordAudit(tx, { actor: staff, action: "account.change-password", entityType: "StaffUser", entityId: staff.id, request });
    });
    return { changed: true };
  },
  revalidate: () => ["/account"],
});
