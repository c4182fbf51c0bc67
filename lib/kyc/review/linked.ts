// Other customers who share a submission's ID number, phone number or bank card (BIN + last four): a
// shared identity is the first thing a duplicate or a mule ring shows. Ids and names only, each name masked
// as a list masks it (lib/privacy/policy.ts): these are other people; their own 360 shows them whole.
import "server-only";
import { db } from "@/lib/db";
import type { KycStatus } from "@/lib/generated/prisma/enums";
import type { ReviewSubmission } from "@/lib/kyc/review/queries";
import { showPii } from "@/lib/privacy/policy";

export type LinkReason = "idNumber" | "phone" | "card";

export interface LinkedCustomer {
  id: string;
  name: string;
  matchedOn: LinkReason[];
  submissions: { id: string; status: KycStatus; approvalPending: boolean; submittedAt: Date }[];
}

const LINKED_SHOWN = 20;

/** Other customers sharing the ID number, the phone number or the bank card (BIN + last four). */
export async function getLinkedCustomers(submission: Pick<ReviewSubmission, "links" | "customer">): Promise<{ customers: LinkedCustomer[]; more: number }> {
  const self = submission.customer.id;
  const { idNumbers, phone, cardBin, cardLast4 } = submission.links;
  const [byCustomerId, bySubmissionId, byPhone, byCard] = await Promise.all([
    db.customer.findMany({ where: { idNumber: { in: idNumbers }, id: { not: self } }, select: { id: true }, take: 100 }),
    db.kycSubmission.findMany({ where: { idNumber: { in: idNumbers }, customerId: { not: self } }, select: { customerId: true }, take: 100 }),
    db.customer.findMany({ where: { phone, id: { not: self } }, select: { id: true }, take: 100 }),
    cardBin && cardLast4
      ? db.bankCard.findMany({ where: { bin: cardBin, last4: cardLast4, wallet: { customerId: { not: self } } }, select: { wallet: { select: { customerId: true } } }, take: 100 })
      : Promise.resolve([]),
  ]);
  const reasons = new Map<string, Set<LinkReason>>();
  const add = (id: string, reason: LinkReason) => reasons.set(id, (reasons.get(id) ?? new Set<LinkReason>()).add(reason));
  byCustomerId.forEach((c) => add(c.id, "idNumber"));
  bySubmissionId.forEach((s) => add(s.customerId, "idNumber"));
  byPhone.forEach((c) => add(c.id, "phone"));
  byCard.forEach((c) => add(c.wallet.customerId, "card"));

  const ids = [...reasons.keys()].sort();
  const rows = await db.customer.findMany({
    where: { id: { in: ids.slice(0, LINKED_SHOWN) } },
    orderBy: { id: "asc" },
    select: { id: true, name: true, submissions: { orderBy: { submittedAt: "desc" }, take: 3, select: { id: true, status: true, approvalPending: true, submittedAt: true } } },
  });
  const order: LinkReason[] = ["idNumber", "phone", "card"];
  return {
    customers: rows.map((c) => ({ ...c, name: showPii("list", "name", c.name), matchedOn: order.filter((r) => reasons.get(c.id)?.has(r)) })),
    more: Math.max(0, ids.length - LINKED_SHOWN),
  };
}
