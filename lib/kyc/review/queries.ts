// Reads for the KYC review workspace (/kyc/[id]). Personal data leaves here masked: comparisons are made
// on the real values, and only lib/privacy/reveal-mutations.ts hands out unmasked ones.
import "server-only";
import { cache } from "react";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { parseCheckResults, type KycCheckResult } from "@/lib/kyc/checks/types";
import { ENTITY } from "@/lib/kyc/review/decision-state";
import { compareSubmissionData, type ComparisonRow } from "@/lib/kyc/review/comparison";
import { parseDocumentData, parseEnteredData, parseInfoRequest, type KycInfoRequest } from "@/lib/kyc/submission-data";
import { buildTimeline, type TimelineEntry } from "@/lib/kyc/review/timeline";
import { showPii } from "@/lib/privacy/policy";
import { maskCheckValues } from "@/lib/privacy/records";

const staffName = { select: { id: true, name: true } } as const;

const reviewSelect = {
  id: true,
  status: true,
  version: true,
  tierRequested: true,
  riskScore: true,
  riskLevel: true,
  approvalPending: true,
  submittedAt: true,
  dueAt: true,
  assignedAt: true,
  decidedAt: true,
  checkedAt: true,
  reasonCode: true,
  decisionNote: true,
  overrideCode: true,
  overrideReason: true,
  infoRequest: true,
  checkResults: true,
  enteredData: true,
  documentData: true,
  idNumber: true,
  assignee: staffName,
  decidedBy: staffName,
  checker: staffName,
  documents: { select: { id: true, kind: true }, orderBy: { kind: "asc" } },
  customer: {
    select: {
      id: true,
      name: true,
      phone: true,
      idNumber: true,
      birthDate: true,
      province: true,
      city: true,
      riskLevel: true,
      createdAt: true,
      wallet: {
        select: {
          id: true,
          status: true,
          tier: true,
          singleLimitFen: true,
          dailyLimitFen: true,
          annualLimitFen: true,
          activatedAt: true,
          frozenAt: true,
          closedAt: true,
          cards: { select: { id: true, bankName: true, bin: true, last4: true, cardType: true, status: true }, orderBy: { linkedAt: "asc" } },
        },
      },
    },
  },
} satisfies Prisma.KycSubmissionSelect;

type ReviewRow = Prisma.KycSubmissionGetPayload<{ select: typeof reviewSelect }>;

export interface ReviewSubmission extends Omit<ReviewRow, "enteredData" | "documentData" | "checkResults" | "infoRequest" | "idNumber" | "customer"> {
  infoRequest: KycInfoRequest | null;
  checkResults: KycCheckResult[];
  comparison: ComparisonRow[];
  customer: Omit<ReviewRow["customer"], "phone" | "idNumber" | "birthDate"> & { phoneMasked: string; idNumberMasked: string; birthDateMasked: string };
  /** For the linked-records search; never sent to the browser. */
  links: { idNumbers: string[]; phone: string; cardBin: string | null; cardLast4: string | null };
}

/** The submission as the workspace shows it, or null. Cached per request: the page and its metadata share it. */
export const getReviewSubmission = cache(async (id: string): Promise<ReviewSubmission | null> => {
  const row = await db.kycSubmission.findUnique({ where: { id }, select: reviewSelect });
  if (!row) return null;
  const { enteredData, documentData, checkResults: results, infoRequest, idNumber, customer, ...rest } = row;
  const entered = parseEnteredData(enteredData);
  const read = parseDocumentData(documentData);
  const checks = parseCheckResults(results);
  const { phone, idNumber: customerIdNumber, birthDate, ...customerRest } = customer;
  return {
    ...rest,
    infoRequest: parseInfoRequest(infoRequest),
    // Stored whole (the checks compare whole values); explanations show them as the policy says.
    checkResults: checks.map((r) => (r.values ? { ...r, values: maskCheckValues(r.values) } : r)),
    comparison: compareSubmissionData(entered, read, checks),
    customer: {
      ...customerRest,
      phoneMasked: showPii("workspace", "phone", phone),
      idNumberMasked: showPii("workspace", "idNumber", customerIdNumber),
      birthDateMasked: showPii("workspace", "birthDate", birthDate.toISOString().slice(0, 10)),
    },
    links: {
      idNumbers: [...new Set([idNumber, customerIdNumber, read.idNumber].filter((v): v is string => Boolean(v)))],
      phone,
      cardBin: entered.cardBin || read.cardBin || null,
      cardLast4: entered.cardLast4 || read.cardLast4 || null,
    },
  };
});

/** The customer's other submissions, newest first. */
export async function getCustomerHistory(customerId: string, exceptId: string) {
  return db.kycSubmission.findMany({
    where: { customerId, id: { not: exceptId } },
    orderBy: { submittedAt: "desc" },
    take: 20,
    select: { id: true, status: true, approvalPending: true, submittedAt: true, decidedAt: true, reasonCode: true, decidedBy: staffName },
  });
}
export type CustomerHistoryRow = Awaited<ReturnType<typeof getCustomerHistory>>[number];

export async function getReviewTimeline(submission: ReviewSubmission): Promise<TimelineEntry[]> {
  const events = await db.auditEvent.findMany({
    where: { entityType: ENTITY, entityId: submission.id },
    orderBy: { id: "desc" },
    take: 500,
    select: { id: true, createdAt: true, action: true, actorEmail: true, reason: true, after: true, outcome: true, actor: { select: { name: true } } },
  });
  return buildTimeline(
    {
      submittedAt: submission.submittedAt,
      tierRequested: submission.tierRequested,
      status: submission.status,
      approvalPending: submission.approvalPending,
      assignedAt: submission.assignedAt,
      assigneeName: submission.assignee?.name ?? null,
      decidedAt: submission.decidedAt,
      decidedByName: submission.decidedBy?.name ?? null,
      checkedAt: submission.checkedAt,
      checkerName: submission.checker?.name ?? null,
      reasonCode: submission.reasonCode,
      riskScore: submission.riskScore,
      riskLevel: submission.riskLevel,
      checkCount: submission.checkResults.length,
    },
    events.map((e) => ({ ...e, actorName: e.actor?.name ?? null })),
  );
}

/**
 * The stored bytes of one document, for the image route, with the personal data the submission says the
 * scan shows (as entered, as read, and the customer's record): what a redacted copy must not contain.
 */
export async function getKycDocument(id: string) {
  const document = await db.kycDocument.findUnique({
    where: { id },
    select: { kind: true, mimeType: true, contentEncoding: true, content: true, submissionId: true, submission: { select: { enteredData: true, documentData: true, customer: { select: { idNumber: true } } } } },
  });
  if (!document) return null;
  const { submission, ...stored } = document;
  const read = [parseEnteredData(submission.enteredData), parseDocumentData(submission.documentData)];
  const known = (values: string[]) => values.filter((value) => value !== "");
  // What a redacted scan must not show, by field: a field revealed whole drops out of the check.
  const secrets = { idNumber: known([...read.map((d) => d.idNumber), submission.customer.idNumber]), address: known(read.map((d) => d.address)) };
  return { ...stored, secrets };
}
