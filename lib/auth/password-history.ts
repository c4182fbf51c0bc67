// Setting a staff member's password: the policy, the last-four rule, and the history that enforces it.
import type { Prisma } from "@/lib/generated/prisma/client";
import { invalidField } from "@/lib/actions/errors";
import { hashPassword, verifyPassword } from "@/lib/auth/password-hash";
import { PASSWORD_HISTORY_DEPTH } from "@/lib/auth/password-policy";

type Tx = Pick<Prisma.TransactionClient, "staffUser" | "passwordHistory">;

/** Throws a field error (on `field`) when the password is the current one or one of the last four. */
export async function setStaffPassword(tx: Tx, staffId: string, password: string, options: { temporary: boolean; field: string }): Promise<void> {
  const staff = await tx.staffUser.findUniqueOrThrow({ where: { id: staffId }, select: { passwordHash: true } });
  const history = await tx.passwordHistory.findMany({
    where: { staffId },
    orderBy: { createdAt: "desc" },
    take: PASSWORD_HISTORY_DEPTH - 1,
    select: { passwordHash: true },
  });
  for (const old of [staff.passwordHash, ...history.map((h) => h.passwordHash)]) {
    if (await verifyPassword(old, password)) throw invalidField(options.field, "validation.passwordReused");
  }
  await tx.passwordHistory.create({ data: { staffId, passwordHash: staff.passwordHash } });
  await tx.staffUser.update({
    where: { id: staffId },
    data: { passwordHash: await hashPassword(password), mustChangePassword: options.temporary, passwordChangedAt: new Date() },
  });
}
