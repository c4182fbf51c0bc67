// Internal notes: appended, never edited, each with its audit event in the same transaction. A note does
// not change a KYC submission's version, so writing one never makes a colleague's decision conflict.
import "server-only";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ActionContext } from "@/lib/actions/context";
import { notFound } from "@/lib/actions/errors";
import { recordAudit } from "@/lib/audit/write";
import type { MessageKey } from "@/lib/i18n/translate";
import type { NoteSubject } from "@/lib/notes/schemas";

type Tx = Prisma.TransactionClient;

export interface NoteAdded {
  id: string;
  createdAt: Date;
}

interface SubjectStore {
  /** The audit action and entity, as the trail has always named them. */
  action: string;
  entityType: string;
  notFound: MessageKey;
  exists: (tx: Tx, id: string) => Promise<boolean>;
  create: (tx: Tx, id: string, authorId: string, body: string) => Promise<NoteAdded>;
}

const added = { id: true, createdAt: true } as const;

const STORES: Record<NoteSubject, SubjectStore> = {
  kyc: {
    action: "kyc.note",
    entityType: "KycSubmission",
    notFound: "kycReview.errors.notFound",
    exists: async (tx, id) => (await tx.kycSubmission.count({ where: { id } })) > 0,
    create: (tx, submissionId, authorId, body) => tx.kycNote.create({ data: { submissionId, authorId, body }, select: added }),
  },
  customer: {
    action: "customer.note",
    entityType: "Customer",
    notFound: "customers.errors.notFound",
    exists: async (tx, id) => (await tx.customer.count({ where: { id } })) > 0,
    create: (tx, customerId, authorId, body) => tx.customerNote.create({ data: { customerId, authorId, body }, select: added }),
  },
};

export async function addNote(db: Db, subject: NoteSubject, subjectId: string, body: string, actor: ActionContext): Promise<NoteAdded> {
  const store = STORES[subject];
  return db.$transaction(async (tx) => {
    if (!(await store.exists(tx, subjectId))) throw notFound(store.notFound);
    const note = await store.create(tx, subjectId, actor.staff.id, body);
    await recordAudit(tx, { actor: actor.staff, action: store.action, entityType: store.entityType, entityId: subjectId, after: { noteId: note.id, body }, request: actor.request });
    return note;
  });
}
