// What a KYC decision form sends. No server imports: the decision panel imports these too. Every decision
// carries the submission's version as the page showed it, so that two reviewers cannot both decide.
import { z } from "zod";
import { OVERRIDE_REASON_MAX } from "@/lib/kyc/review/decision-policy";
import { KYC_REJECTION_REASONS } from "@/lib/kyc/review/reasons";
import { referenceIdField } from "@/lib/validation/ids";
import { KYC_DOCUMENT_KINDS, DECISION_NOTE_MAX, INFO_MESSAGE_MAX } from "@/lib/kyc/review/fields";
export { KYC_DOCUMENT_KINDS, DECISION_NOTE_MAX, INFO_MESSAGE_MAX } from "@/lib/kyc/review/fields";
export type { KycDocumentKind } from "@/lib/kyc/review/fields";

const submissionRef = {
  submissionId: referenceIdField,
  version: z.number({ error: "validation.required" }).int().min(0),
};

const reasonCode = z.enum(KYC_REJECTION_REASONS, { error: "validation.required" });
const note = z.string().trim().max(DECISION_NOTE_MAX).optional().default("");

// An approval despite overridable failed checks names a code and a written reason. Whether they are needed
// depends on the submission's checks, which only the server reads: decision-policy.ts judges them there.
export const approveKycSchema = z.object({
  ...submissionRef,
  overrideCode: z.string().trim().max(40).optional().default(""),
  overrideReason: z.string().trim().max(OVERRIDE_REASON_MAX).optional().default(""),
});
export type ApproveKyc = z.infer<typeof approveKycSchema>;

export const confirmKycApprovalSchema = z.object(submissionRef);
export type ConfirmKycApproval = z.infer<typeof confirmKycApprovalSchema>;

export const rejectKycSchema = z.object({ ...submissionRef, reasonCode, note });
export type RejectKyc = z.infer<typeof rejectKycSchema>;

export const declineKycApprovalSchema = z.object({ ...submissionRef, reasonCode, note });
export type DeclineKycApproval = z.infer<typeof declineKycApprovalSchema>;

export const requestKycInfoSchema = z.object({
  ...submissionRef,
  documents: z
    .array(z.enum(KYC_DOCUMENT_KINDS), { error: "validation.required" })
    .min(1, "validation.required")
    .transform((kinds) => KYC_DOCUMENT_KINDS.filter((kind) => kinds.includes(kind))),
  message: z.string({ error: "validation.required" }).trim().min(1, "validation.required").max(INFO_MESSAGE_MAX),
});
export type RequestKycInfo = z.infer<typeof requestKycInfoSchema>;
