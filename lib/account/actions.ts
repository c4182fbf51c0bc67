"use server";
import { changeOwnPasswordSchema } from "@/lib/account/schemas";
import { defineAction } from "@/lib/actions/define";
import { invalidField } from "@/lib/actions/errors";
import { recordAudit } from "@/lib/audit/write";
import { verifyPassword } from "@/lib/auth/password-hash";
import { setStaffPassword } from "@/lib/auth/password-history";
import { endOtherStaffSessions } from "@/lib/auth/sessions/store";
import { currentSessionId } from "@/lib/auth/sessions/token";
import { db } from "@/lib/db";

export const changeOwnPasswordAction = defineAction({
  name: "account.change-password",
  permission: "account:manage-own",
  schema: changeOwnPasswordSchema,
  run: async (input, { staff, request }) => {
    const thisSession = await currentSessionId();
    const otherSessionsEnded = await db.$transaction(async (tx) => {
      const current = await tx.staffUser.findUniqueOrThrow({ where: { id: staff.id }, select: { passwordHash: true } });
      if (!(await verifyPassword(current.passwordHash, input.currentPassword))) throw invalidField("currentPassword", "account.currentWrong");
      await setStaffPassword(tx, staff.id, input.newPassword, { temporary: false, field: "newPassword" });
      // Whoever else holds a session of this account (a forgotten browser, someone who learnt the old
      // password) is out from their next request; the session that made the change carries on.
      const otherSessionsEnded = await endOtherStaffSessions(tx, staff.id, thisSession);
      await recordAudit(tx, { actor: staff, action: "account.change-password", entityType: "StaffUser", entityId: staff.id, after: { otherSessionsEnded }, request });
      return otherSessionsEnded;
    });
    return { changed: true, otherSessionsEnded };
  },
  revalidate: () => ["/account"],
});
