// Internal notes on a customer: appended, never edited, each with its audit event in the same transaction.
import "server-only";
import type { Db } from "@/lib/db/client";
import { notFound } from "@/lib/actions/errors";
import type { ActionContext } from "@/lib/actions/context";
import { recordAudit } from "@/lib/audit/write";
import type { AddCustomerNote } from "@/lib/customers/notes/schemas";

export interface CustomerNoteAdded {
  id: string;
  createdAt: Date;
}

export async function addCustomerNote(db: Db, input: AddCustomerNote, actor: ActionContext): Promise<CustomerNoteAdded> {
  return db.$transaction(async (tx) => {
    const customer = await tx.customer.findUnique({ where: { id: input.customerId }, select: { id: true } });
    if (!customer) throw notFound("customers.errors.notFound");
    const note = await tx.customerNote.create({
      data: { customerId: customer.id, authorId: actor.staff.id, body: input.body },
      select: { id: true, createdAt: true },
    });
    await recordAudit(tx, { actor: actor.staff, action: "customer.note", entityType: "Customer", entityId: customer.id, after: { noteId: note.id, body: input.body }, request: actor.request });
    return note;
  });
}
