// The investigation's notes, newest first: appended, never edited, each audited.
import { Card, CardBody } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { NoteForm } from "@/components/notes/note-form";
import { addAlertNoteAction } from "@/lib/fraud/cases/actions";
import { NOTE_MAX } from "@/lib/fraud/cases/fields";
import { getAlertNotes } from "@/lib/fraud/cases/queries";
import { DataValue, fillNodes } from "@/lib/i18n/data-value";
import { getTranslator, getMessages } from "@/lib/i18n/server";
import { formatDateTime } from "@/lib/time";

export async function NotesCard({ alertId, canWrite }: { alertId: string; canWrite: boolean }) {
  const [{ locale }, { alertCase: m }] = await Promise.all([getTranslator(), getMessages()]);
  const notes = await getAlertNotes(alertId);
  return (
    <Card title={m.notes.title} data-testid="alert-notes">
      <CardBody className="flex flex-col gap-3">
        {canWrite ? <NoteForm subject="alert" subjectId={alertId} action={addAlertNoteAction} maxLength={NOTE_MAX} /> : null}
        {notes.length === 0 ? (
          <EmptyState title={m.notes.empty} className="py-3" />
        ) : (
          <ol className="flex flex-col gap-3">
            {notes.map((note) => (
              <li key={note.id} className="text-sm" data-testid="alert-note">
                <p className="whitespace-pre-wrap text-ink">
                  <DataValue>{note.body}</DataValue>
                </p>
                <p className="mt-0.5 text-xs text-ink-subtle">{fillNodes(m.notes.by, { name: <DataValue>{note.author.name}</DataValue>, time: formatDateTime(note.createdAt, locale) })}</p>
              </li>
            ))}
          </ol>
        )}
      </CardBody>
    </Card>
  );
}
