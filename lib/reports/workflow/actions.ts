"use server";
// The review workflow's server actions: the wrapper authenticates, gates on the step's permission and parses;
// mutations.ts decides (status, four eyes, version) in one transaction with its audit event.
import { defineAction } from "@/lib/actions/define";
import { db } from "@/lib/db";
import { addReportComment, approveReport, recordRegulatorResponse, returnReport, submitReport, type ReportStepped } from "@/lib/reports/workflow/mutations";
import { approveReportSchema, regulatorResponseSchema, reportCommentSchema, returnReportSchema, submitReportSchema } from "@/lib/reports/workflow/schemas";

/** The report's page and both lists (status and counts changed); a correction's own page too. */
const reportPages = (input: { reportId: string }, data?: ReportStepped) => [
  `/reports/${input.reportId}`,
  "/reports",
  "/reports/suspicious",
  ...(data?.correctionId ? [`/reports/${data.correctionId}`] : []),
];

export const submitReportAction = defineAction({
  name: "report.submit",
  permission: "report:draft",
  schema: submitReportSchema,
  run: (input, actor) => submitReport(db, input, actor),
  revalidate: reportPages,
});

export const approveReportAction = defineAction({
  name: "report.approve",
  permission: "report:approve",
  schema: approveReportSchema,
  run: (input, actor) => approveReport(db, input, actor),
  revalidate: reportPages,
});

export const returnReportAction = defineAction({
  name: "report.return",
  permission: "report:approve",
  schema: returnReportSchema,
  run: (input, actor) => returnReport(db, input, actor),
  revalidate: reportPages,
});

export const addReportCommentAction = defineAction({
  name: "report.comment",
  permission: "report:draft",
  schema: reportCommentSchema,
  run: (input, actor) => addReportComment(db, input, actor),
  revalidate: (input) => [`/reports/${input.reportId}`],
});

export const recordRegulatorResponseAction = defineAction({
  name: "report.regulator-response",
  permission: "report:file",
  schema: regulatorResponseSchema,
  run: (input, actor) => recordRegulatorResponse(db, input, actor),
  revalidate: reportPages,
});
