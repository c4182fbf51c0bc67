// The notes on a record, newest first, with their authors' names.
import "server-only";
import { db } from "@/lib/db";
import type { NoteSubject } from "@/lib/notes/schemas";

/** Enough for any record's working history; older notes stay in the audit trail. */
const NOTES_SHOWN = 200;

const select = { id: true, body: true, createdAt: true, author: { select: { id: true, name: true } } } as const;
const newestFirst = [{ createdAt: "desc" }, { id: "desc" }] as const;

export function getNotes(subject: NoteSubject, subjectId: string) {
  return subject === "kyc"
    ? db.kycNote.findMany({ where: { submissionId: subjectId }, orderBy: [...newestFirst], take: NOTES_SHOWN, select })
    : db.customerNote.findMany({ where: { customerId: subjectId }, orderBy: [...newestFirst], take: NOTES_SHOWN, select });
}
export type NoteRow = Awaited<ReturnType<typeof getNotes>>[number];
