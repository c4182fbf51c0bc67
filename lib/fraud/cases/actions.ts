"use server";
// The investigation's server actions: the wrapper gates and parses; mutations.ts and cases.ts decide, each in
// one transaction with its audit event. Whether an escalated alert needs a lead is the mutation's check
// (state.ts), since it depends on the alert's status, which only the server reads.
import { defineAction } from "@/lib/actions/define";
import { db } from "@/lib/db";
import { openCase, resolveCase, type CaseResolved } from "@/lib/fraud/cases/cases";
import { addAlertNote, confirmFraud, escalateAlert, markFalsePositive, type AlertDecided } from "@/lib/fraud/cases/mutations";
import { alertNoteSchema, confirmFraudSchema, escalateAlertSchema, falsePositiveSchema, openCaseSchema, resolveCaseSchema } from "@/lib/fraud/cases/schemas";

/** The alert's page, the queue whose rows and counts changed, and the customer's 360 (alerts, wallet). */
const alertPages = (input: { alertId: string }, data?: AlertDecided) => [`/alerts/${input.alertId}`, "/alerts", ...(data?.wallet ? ["/customers"] : [])];

export const markFalsePositiveAction = defineAction({
  name: "alert.false-positive",
  permission: "alert:resolve",
  schema: falsePositiveSchema,
  run: (input, actor) => markFalsePositive(db, input, actor),
  revalidate: alertPages,
});

export const confirmFraudAction = defineAction({
  name: "alert.confirm-fraud",
  permission: "alert:resolve",
  schema: confirmFraudSchema,
  run: (input, actor) => confirmFraud(db, input, actor),
  revalidate: alertPages,
});

export const escalateAlertAction = defineAction({
  name: "alert.escalate",
  permission: "alert:resolve",
  schema: escalateAlertSchema,
  run: (input, actor) => escalateAlert(db, input, actor),
  revalidate: alertPages,
});

export const addAlertNoteAction = defineAction({
  name: "alert.note",
  permission: "alert:resolve",
  schema: alertNoteSchema,
  run: (input, actor) => addAlertNote(db, input, actor),
  revalidate: (input) => [`/alerts/${input.alertId}`],
});

export const openCaseAction = defineAction({
  name: "case.open",
  permission: "alert:resolve",
  schema: openCaseSchema,
  run: (input, actor) => openCase(db, input, actor),
  revalidate: (input) => [`/alerts/${input.alertId}`, "/alerts"],
});

export const resolveCaseAction = defineAction({
  name: "case.resolve",
  permission: "alert:resolve",
  schema: resolveCaseSchema,
  run: (input, actor) => resolveCase(db, input, actor),
  revalidate: (_input, data: CaseResolved) => ["/alerts", ...data.alertIds.map((id) => `/alerts/${id}`), ...(data.wallet ? ["/customers"] : [])],
});
