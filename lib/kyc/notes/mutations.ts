// Internal notes on a KYC submission: appended, never edited, each with its audit event. A note does not
// change the submission's version, so writing one never makes a colleague's decision conflict.
import "server-only";
import type { Db } from "@/lib/db/client";
import { notFound } from "@/lib/actions/errors";
import { recordAudit } from "@/lib/audit/write";
import { ENTITY, type KycActor } from "@/lib/kyc/review/decision-state";
import type { AddKycNote } from "@/lib/kyc/notes/schemas";

export interface KycNoteAdded {
  id: string;
  createdAt: Date;
}

export async function addKycNote(db: Db, input: AddKycNote, actor: KycActor): Promise<KycNoteAdded> {
  return db.$transaction(async (tx) => {
    const submission = await tx.kycSubmission.findUnique({ where: { id: input.submissionId }, select: { id: true } });
    if (!submission) throw notFound("kycReview.errors.notFound");
    const note = await tx.kycNote.create({
      data: { submissionId: submission.id, authorId: actor.staff.id, body: input.body },
      select: { id: true, createdAt: true },
    });
    await recordAudit(tx, { actor: actor.staff, action: "kyc.note", entityType: ENTITY, entityId: submission.id, after: { noteId: note.id, body: input.body }, request: actor.request });
    return note;
  });
}
