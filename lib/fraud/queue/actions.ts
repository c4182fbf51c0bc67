"use server";
// Taking alerts: the wrapper gates and parses, lib/fraud/queue/mutations.ts does the work in one
// transaction with its audit event.
import { defineAction } from "@/lib/actions/define";
import { db } from "@/lib/db";
import { assignAlertToMe, takeNextAlert } from "@/lib/fraud/queue/mutations";
import { assignAlertSchema, takeNextAlertSchema } from "@/lib/fraud/queue/schemas";

/** An officer takes one alert from the list. */
export const assignAlertToMeAction = defineAction({
  name: "alert.assign-self",
  permission: "alert:resolve",
  schema: assignAlertSchema,
  run: (input, actor) => assignAlertToMe(db, input, actor),
  revalidate: (input) => ["/alerts", `/alerts/${input.alertId}`],
});

/** "Next alert": the most severe, oldest unassigned open alert under the officer's filters becomes theirs. */
export const takeNextAlertAction = defineAction({
  name: "alert.take-next",
  permission: "alert:resolve",
  schema: takeNextAlertSchema,
  run: (input, actor) => takeNextAlert(db, input, actor),
  revalidate: (_input, data) => ["/alerts", `/alerts/${data.id}`],
});
