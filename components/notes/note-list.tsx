// Internal notes on a record, newest first as getNotes returns them; an empty state when none.
import { clsx } from "clsx";
import { EmptyState } from "@/components/ui/empty-state";
import { NOTE_NAMESPACE } from "@/components/notes/namespace";
import { getMessages, getTranslator } from "@/lib/i18n/server";
import { DataValue, fillNodes } from "@/lib/i18n/data-value";
import type { NoteRow } from "@/lib/notes/queries";
import type { NoteSubject } from "@/lib/notes/schemas";
import { formatDateTime } from "@/lib/time";

export async function NoteList({ subject, notes, className }: { subject: NoteSubject; notes: NoteRow[]; className?: string }) {
  const { locale } = await getTranslator();
  const m = (await getMessages())[NOTE_NAMESPACE[subject]].notes;
  if (notes.length === 0) return <EmptyState title={m.empty} className="py-4" />;
  return (
    <ol className={clsx("flex flex-col gap-2", className)}>
      {notes.map((note) => (
        <li key={note.id} className="rounded-md border border-border bg-surface-muted px-3 py-2" data-testid={`${subject}-note`}>
          <p className="text-xs text-ink-subtle">{fillNodes(m.by, { name: <DataValue>{note.author.name}</DataValue>, time: formatDateTime(note.createdAt, locale) })}</p>
          <p className="mt-1 text-sm break-words whitespace-pre-wrap text-ink" translate="no">{note.body}</p>
        </li>
      ))}
    </ol>
  );
}
