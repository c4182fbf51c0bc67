"use server";
// Revealing masked personal data for one view, with a reason that goes into the audit trail.
import { defineAction } from "@/lib/actions/define";
import { db } from "@/lib/db";
import { revealPersonalData } from "@/lib/privacy/reveal-mutations";
import { revealPersonalDataSchema } from "@/lib/privacy/reveal-schemas";

export const revealPersonalDataAction = defineAction({
  name: "pii.reveal",
  permission: "pii:reveal",
  schema: revealPersonalDataSchema,
  run: (input, actor) => revealPersonalData(db, input, actor),
  // The revealed values are the action's result only; the refresh puts the reveal on the page's timeline.
  revalidate: (input) => (input.entityType === "KycSubmission" ? [`/kyc/${input.entityId}`] : [`/customers/${input.entityId}`]),
});
