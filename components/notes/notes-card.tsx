// Internal notes on a record (a KYC submission, a customer), newest first, and the form to add one for
// the roles that may write them. The testids follow the subject: kyc-notes, customer-note-submit...
import { Card, CardBody } from "@/components/ui/card";
import { NoteForm } from "@/components/notes/note-form";
import { NoteList } from "@/components/notes/note-list";
import { NOTE_NAMESPACE } from "@/components/notes/namespace";
import { getMessages } from "@/lib/i18n/server";
import { addCustomerNoteAction, addKycNoteAction } from "@/lib/notes/actions";
import { getNotes } from "@/lib/notes/queries";
import type { NoteSubject } from "@/lib/notes/schemas";

const ACTIONS = { kyc: addKycNoteAction, customer: addCustomerNoteAction } as const;

export async function NotesCard({ subject, subjectId, canWrite }: { subject: NoteSubject; subjectId: string; canWrite: boolean }) {
  const m = (await getMessages())[NOTE_NAMESPACE[subject]].notes;
  const notes = await getNotes(subject, subjectId);
  return (
    <Card title={m.title} description={m.description} data-testid={`${subject}-notes`}>
      <CardBody className="flex flex-col gap-3">
        {canWrite ? <NoteForm subject={subject} subjectId={subjectId} action={ACTIONS[subject]} /> : <p className="text-sm text-ink-subtle">{m.readOnly}</p>}
        <NoteList subject={subject} notes={notes} className={subject === "customer" ? "max-h-[28rem] overflow-y-auto" : undefined} />
      </CardBody>
    </Card>
  );
}
