// Internal notes, newest first, and the form to add one (officers and leads).
import { Card, CardBody } from "@/components/ui/card";
import { NoteForm } from "@/components/notes/note-form";
import { NoteList } from "@/components/notes/note-list";
import type { ReviewMessages } from "@/components/kyc/review/messages";
import { addKycNoteAction } from "@/lib/kyc/notes/actions";
import { NOTE_MAX } from "@/lib/kyc/notes/schemas";
import { getReviewNotes } from "@/lib/kyc/review/queries";
import type { Locale } from "@/lib/i18n/translate";

export async function NotesCard({ submissionId, canWrite, m, locale }: { submissionId: string; canWrite: boolean; m: ReviewMessages; locale: Locale }) {
  const notes = await getReviewNotes(submissionId);
  return (
    <Card title={m.notes.title} description={m.notes.description} data-testid="kyc-notes">
      <CardBody className="flex flex-col gap-3">
        {canWrite ? (
          <NoteForm action={addKycNoteAction} target={{ submissionId }} maxLength={NOTE_MAX} m={m.notes} testId="kyc-note" />
        ) : (
          <p className="text-sm text-ink-subtle">{m.notes.readOnly}</p>
        )}
        <NoteList notes={notes} m={m.notes} locale={locale} testId="kyc-note" />
      </CardBody>
    </Card>
  );
}
