"use server";
// The STR drafting actions: the wrapper gates (report:draft) and parses; mutations.ts decides in one
// transaction with its audit event.
import { defineAction } from "@/lib/actions/define";
import { db } from "@/lib/db";
import { openSuspiciousReport, saveSuspiciousDraft } from "@/lib/reports/suspicious/mutations";
import { openSuspiciousReportSchema, saveSuspiciousDraftSchema } from "@/lib/reports/suspicious/schemas";

export const openSuspiciousReportAction = defineAction({
  name: "report.open-str",
  permission: "report:draft",
  schema: openSuspiciousReportSchema,
  run: (input, actor) => openSuspiciousReport(db, input, actor),
  revalidate: (input, data) => ["/reports", "/reports/suspicious", `/reports/${data.reportId}`, ...("alertId" in input ? [`/alerts/${input.alertId}`] : ["/alerts"])],
});

export const saveSuspiciousDraftAction = defineAction({
  name: "report.edit",
  permission: "report:draft",
  schema: saveSuspiciousDraftSchema,
  run: (input, actor) => saveSuspiciousDraft(db, input, actor),
  revalidate: (input) => [`/reports/${input.reportId}`, "/reports/suspicious"],
});
