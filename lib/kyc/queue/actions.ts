"use server";
// Assigning KYC submissions: the wrapper gates and parses, lib/kyc/queue/mutations.ts does the work
// in one transaction with its audit events.
import { defineAction } from "@/lib/actions/define";
import { db } from "@/lib/db";
import { assignToMe, bulkAssign, takeNext } from "@/lib/kyc/queue/mutations";
import { assignToMeSchema, bulkAssignSchema, takeNextSchema } from "@/lib/kyc/queue/schemas";

/** An officer takes one submission from the list. */
export const assignToMeAction = defineAction({
  name: "kyc.assign-self",
  permission: "kyc:decide",
  schema: assignToMeSchema,
  run: (input, actor) => assignToMe(db, input, actor),
  revalidate: () => ["/kyc"],
});

/** A compliance lead hands up to 200 submissions to an officer. */
export const bulkAssignAction = defineAction({
  name: "kyc.bulk-assign",
  permission: "kyc:assign",
  schema: bulkAssignSchema,
  run: (input, actor) => bulkAssign(db, input, actor),
  revalidate: () => ["/kyc"],
});

/** "Next submission": the oldest unassigned pending one under the officer's filters becomes theirs. */
export const takeNextAction = defineAction({
  name: "kyc.take-next",
  permission: "kyc:decide",
  schema: takeNextSchema,
  run: (input, actor) => takeNext(db, input, actor),
  revalidate: (_input, data) => ["/kyc", `/kyc/${data.id}`],
});
