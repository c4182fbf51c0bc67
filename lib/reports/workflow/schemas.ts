// What the review panel's forms send. Every step carries the report's version as the page showed it, so that
// of two people acting at once exactly one wins; comments do not change the report and carry no version.
import { z } from "zod";
import { COMMENT_MAX, COMMENT_MIN, REGULATOR_OUTCOMES } from "@/lib/reports/workflow/fields";
import { referenceIdField } from "@/lib/validation/ids";

const version = z.coerce.number({ error: "validation.required" }).int().min(0);
const reportRef = { reportId: referenceIdField, version };
const commentText = (required: string) => z.string({ error: required }).trim().min(COMMENT_MIN, required).max(COMMENT_MAX);

export const submitReportSchema = z.object(reportRef);
export type SubmitReport = z.infer<typeof submitReportSchema>;

export const approveReportSchema = z.object(reportRef);
export type ApproveReport = z.infer<typeof approveReportSchema>;

/** A return says what to fix: the comment goes into the thread and the audit event's reason. */
export const returnReportSchema = z.object({ ...reportRef, comment: commentText("reportsReview.errors.commentRequired") });
export type ReturnReport = z.infer<typeof returnReportSchema>;

export const reportCommentSchema = z.object({ reportId: referenceIdField, body: commentText("reportsReview.errors.commentRequired") });
export type AddReportComment = z.infer<typeof reportCommentSchema>;

/** The regulator's answer: acknowledged, or rejected with its correction note (required). */
export const regulatorResponseSchema = z
  .object({
    ...reportRef,
    outcome: z.enum(REGULATOR_OUTCOMES, { error: "validation.required" }),
    note: z.string().trim().max(COMMENT_MAX).optional().default(""),
  })
  .superRefine((value, context) => {
    if (value.outcome === "REJECTED" && value.note.length < COMMENT_MIN) context.addIssue({ code: "custom", path: ["note"], message: "reportsReview.errors.noteRequired" });
  });
/** What the mutation takes: the parsed form, or a script's (the seed's) call without a note for an acknowledgement. */
export type RegulatorResponse = { reportId: string; version: number } & ({ outcome: "ACKNOWLEDGED"; note?: string } | { outcome: "REJECTED"; note: string });
