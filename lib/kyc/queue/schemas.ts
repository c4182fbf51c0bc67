// What the queue's actions accept. The view as a URL (filters, sort, cursor) is view.ts, re-exported here for
// the server's callers.
import { z } from "zod";
import { queueFiltersFrom } from "@/lib/kyc/queue/view";
import { referenceIdSchema } from "@/lib/validation/ids";

export * from "@/lib/kyc/queue/view";

/** The filters as an action receives them: any object, read as view.ts reads a URL. */
export const queueFiltersSchema = z.record(z.string(), z.unknown()).transform(queueFiltersFrom);

// What the assignment actions accept (the queue's client components build these inputs).
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
