// What the assignment actions accept. No server imports: the queue's client components build these inputs.
import { z } from "zod";
import { queueFiltersSchema } from "@/lib/kyc/queue-schemas";
import { referenceIdSchema } from "@/lib/validation/ids";

const submissionId = referenceIdSchema;

export const assignToMeSchema = z.object({
  submissionId,
  /** The version the officer saw in the list: a newer one means someone got there first. */
  version: z.number().int().min(0),
});
export type AssignToMe = z.infer<typeof assignToMeSchema>;

export const bulkAssignSchema = z.object({
  submissionIds: z.array(submissionId).min(1).max(200),
  assigneeId: referenceIdSchema,
});
export type BulkAssign = z.infer<typeof bulkAssignSchema>;

/** The officer's current queue filters; status tab and assignee are ignored (next means pending, unassigned). */
export const takeNextSchema = z.object({ filters: queueFiltersSchema });
export type TakeNext = z.infer<typeof takeNextSchema>;
