"use server";
// KYC decisions as server actions: the wrapper gates and parses; lib/kyc/review/mutations.ts decides,
// in one transaction with its audit event.
import { defineAction } from "@/lib/actions/define";
import { db } from "@/lib/db";
import { approveSubmission, confirmApproval, declineApproval, rejectSubmission, requestInformation } from "@/lib/kyc/review/mutations";
import { approveKycSchema, confirmKycApprovalSchema, declineKycApprovalSchema, rejectKycSchema, requestKycInfoSchema } from "@/lib/kyc/review/schemas";

/** The workspace, and the queue whose counts and rows the decision changed. */
const pages = (input: { submissionId: string }) => [`/kyc/${input.submissionId}`, "/kyc"];

export const approveKycAction = defineAction({
  name: "kyc.approve",
  permission: "kyc:decide",
  schema: approveKycSchema,
  run: (input, actor) => approveSubmission(db, input, actor),
  revalidate: pages,
});

export const confirmKycApprovalAction = defineAction({
  name: "kyc.approve-confirm",
  permission: "kyc:approve-high-risk",
  schema: confirmKycApprovalSchema,
  run: (input, actor) => confirmApproval(db, input, actor),
  revalidate: pages,
});

export const declineKycApprovalAction = defineAction({
  name: "kyc.approve-decline",
  permission: "kyc:approve-high-risk",
  schema: declineKycApprovalSchema,
  run: (input, actor) => declineApproval(db, input, actor),
  revalidate: pages,
});

export const rejectKycAction = defineAction({
  name: "kyc.reject",
  permission: "kyc:decide",
  schema: rejectKycSchema,
  run: (input, actor) => rejectSubmission(db, input, actor),
  revalidate: pages,
});

export const requestKycInfoAction = defineAction({
  name: "kyc.request-info",
  permission: "kyc:decide",
  schema: requestKycInfoSchema,
  run: (input, actor) => requestInformation(db, input, actor),
  revalidate: pages,
});
