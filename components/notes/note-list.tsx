// Internal notes on a record, newest first as the area's query returns them; an empty state when none.
import { clsx } from "clsx";
import { EmptyState } from "@/components/ui/empty-state";
import { fill, type Locale } from "@/lib/i18n/translate";
import { formatDateTime } from "@/lib/time";

export interface NoteListItem {
  id: string;
  body: string;
  createdAt: Date;
  author: { name: string };
}

export function NoteList({ notes, m, locale, testId, className }: {
  notes: NoteListItem[];
  m: { empty: string; by: string };
  locale: Locale;
  /** Test id of each note. */
  testId: string;
  className?: string;
}) {
  if (notes.length === 0) return <EmptyState title={m.empty} className="py-4" />;
  return (
    <ol className={clsx("flex flex-col gap-2", className)}>
      {notes.map((note) => (
        <li key={note.id} className="rounded-md border border-border bg-surface-muted px-3 py-2" data-testid={testId}>
          <p className="text-xs text-ink-subtle">{fill(m.by, { name: note.author.name, time: formatDateTime(note.createdAt, locale) })}</p>
          <p className="mt-1 text-sm break-words whitespace-pre-wrap text-ink">{note.body}</p>
        </li>
      ))}
    </ol>
  );
}
