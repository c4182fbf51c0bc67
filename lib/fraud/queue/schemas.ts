// What the alert queue's actions accept. The view as a URL (filters, sort, cursor) is view.ts, re-exported
// here for the server's callers.
import { z } from "zod";
import { alertFiltersFrom } from "@/lib/fraud/queue/view";
import { referenceIdSchema } from "@/lib/validation/ids";

export * from "@/lib/fraud/queue/view";

/** The filters as an action receives them: any object, read as view.ts reads a URL. */
export const alertFiltersSchema = z.record(z.string(), z.unknown()).transform(alertFiltersFrom);

export const assignAlertSchema = z.object({
  alertId: referenceIdSchema,
  /** The version the officer saw in the list: a newer one means someone got there first. */
  version: z.number().int().min(0),
});
export type AssignAlert = z.infer<typeof assignAlertSchema>;

/** The officer's current queue filters; status tab and assignee are ignored (next means open, unassigned). */
export const takeNextAlertSchema = z.object({ filters: alertFiltersSchema });
export type TakeNextAlert = z.infer<typeof takeNextAlertSchema>;
