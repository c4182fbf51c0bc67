"use server";
import { beginOwnEnrolmentSchema, changeOwnPasswordSchema, confirmOwnEnrolmentSchema } from "@/lib/account/schemas";
import { beginOwnEnrolment, changeOwnPassword, confirmOwnEnrolment } from "@/lib/account/mutations";
import { defineAction } from "@/lib/actions/define";
import { currentSessionId } from "@/lib/auth/sessions/token";
import { db } from "@/lib/db";

export const changeOwnPasswordAction = defineAction({
  name: "account.change-password",
  permission: "account:manage-own",
  schema: changeOwnPasswordSchema,
  run: async (input, context) => ({ changed: true, otherSessionsEnded: await changeOwnPassword(db, input, context, await currentSessionId()) }),
  revalidate: () => ["/account"],
});

export const beginOwnEnrolmentAction = defineAction({
  name: "account.begin-mfa-enrolment",
  permission: "account:manage-own",
  schema: beginOwnEnrolmentSchema,
  run: (_input, context) => beginOwnEnrolment(db, context),
});

export const confirmOwnEnrolmentAction = defineAction({
  name: "account.enrol-mfa",
  permission: "account:manage-own",
  schema: confirmOwnEnrolmentSchema,
  // No revalidation here: the page would drop the panel before it shows the recovery codes; the panel
  // refreshes the page once the person has saved them.
  run: (input, context) => confirmOwnEnrolment(db, input, context),
});
