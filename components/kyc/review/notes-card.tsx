// Internal notes, newest first, and the form to add one (officers and leads).
import { Card, CardBody } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { NoteForm } from "@/components/kyc/review/note-form";
import { fill, type ReviewMessages } from "@/components/kyc/review/messages";
import { getReviewNotes } from "@/lib/kyc/review-queries";
import type { Locale } from "@/lib/i18n/translate";
import { formatDateTime } from "@/lib/time";

export async function NotesCard({ submissionId, canWrite, m, locale }: { submissionId: string; canWrite: boolean; m: ReviewMessages; locale: Locale }) {
  const notes = await getReviewNotes(submissionId);
  return (
    <Card title={m.notes.title} description={m.notes.description} data-testid="kyc-notes">
      <CardBody className="flex flex-col gap-3">
        {canWrite ? <NoteForm submissionId={submissionId} m={m} /> : <p className="text-sm text-ink-subtle">{m.notes.readOnly}</p>}
        {notes.length === 0 ? (
          <EmptyState title={m.notes.empty} className="py-4" />
        ) : (
          <ol className="flex flex-col gap-2">
            {notes.map((note) => (
              <li key={note.id} className="rounded-md border border-border bg-surface-muted px-3 py-2" data-testid="kyc-note">
                <p className="text-xs text-ink-subtle">{fill(m.notes.by, { name: note.author.name, time: formatDateTime(note.createdAt, locale) })}</p>
                <p className="mt-1 text-sm whitespace-pre-wrap text-ink">{note.body}</p>
              </li>
            ))}
          </ol>
        )}
      </CardBody>
    </Card>
  );
}
