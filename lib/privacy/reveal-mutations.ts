// Revealing personal data: the unmasked values of the fields asked for, for one view only, and an audit
// event with the reason in the same transaction. Nothing is cached: a reload shows the masks again.
import "server-only";
import type { Db } from "@/lib/db/client";
import { notFound } from "@/lib/actions/errors";
import { recordAudit, type RequestMeta } from "@/lib/audit/write";
import type { StaffSession } from "@/lib/auth/session";
import type { KycIdentityData } from "@/lib/kyc/submission-data";
import type { PiiField, RevealedPii, RevealPersonalData } from "@/lib/privacy/reveal-schemas";

type Values = Partial<Record<PiiField, string>>;

const dayOf = (date: Date) => date.toISOString().slice(0, 10);

function pick(values: Values, fields: readonly PiiField[]): Values {
  const out: Values = {};
  for (const field of fields) if (values[field] !== undefined) out[field] = values[field];
  return out;
}

function identityValues(data: unknown): Values {
  const d = (data ?? {}) as Partial<KycIdentityData>;
  const text = (value: unknown) => (typeof value === "string" ? value : undefined);
  return { name: text(d.name), idNumber: text(d.idNumber), birthDate: text(d.birthDate), address: text(d.address) };
}

const customerSelect = { id: true, name: true, phone: true, email: true, idNumber: true, birthDate: true } as const;

function customerValues(customer: { name: string; phone: string; email: string | null; idNumber: string; birthDate: Date }): Values {
  return { name: customer.name, phone: customer.phone, email: customer.email ?? undefined, idNumber: customer.idNumber, birthDate: dayOf(customer.birthDate) };
}

export async function revealPersonalData(db: Db, input: RevealPersonalData, actor: { staff: StaffSession; request: RequestMeta }): Promise<RevealedPii> {
  return db.$transaction(async (tx) => {
    let revealed: RevealedPii;
    if (input.entityType === "KycSubmission") {
      const submission = await tx.kycSubmission.findUnique({
        where: { id: input.entityId },
        select: { enteredData: true, documentData: true, customer: { select: customerSelect } },
      });
      if (!submission) throw notFound("kycReview.errors.notFound");
      revealed = {
        customer: pick(customerValues(submission.customer), input.fields),
        entered: pick(identityValues(submission.enteredData), input.fields),
        read: pick(identityValues(submission.documentData), input.fields),
      };
    } else {
      const customer = await tx.customer.findUnique({
        where: { id: input.entityId },
        select: { ...customerSelect, submissions: { orderBy: { submittedAt: "desc" }, take: 1, select: { enteredData: true } } },
      });
      if (!customer) throw notFound("kycReview.errors.customerNotFound");
      // A customer's address is only known from what they entered in their latest KYC submission.
      const address = identityValues(customer.submissions[0]?.enteredData).address;
      revealed = { customer: pick({ ...customerValues(customer), address }, input.fields) };
    }
    await recordAudit(tx, {
      actor: actor.staff,
      action: "pii.reveal",
      entityType: input.entityType,
      entityId: input.entityId,
      after: { fields: input.fields },
      reason: input.reason,
      request: actor.request,
    });
    return revealed;
  });
}
