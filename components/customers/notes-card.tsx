// Internal notes on the customer, newest first, and the form to add one (roles with customer:note).
import { Card, CardBody } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { fill, type CustomersMessages } from "@/components/customers/messages";
import { CustomerNoteForm } from "@/components/customers/note-form";
import { getCustomerNotes } from "@/lib/customers/profile-queries";
import type { Locale } from "@/lib/i18n/translate";
import { formatDateTime } from "@/lib/time";

export async function CustomerNotesCard({ customerId, canWrite, m, locale }: { customerId: string; canWrite: boolean; m: CustomersMessages; locale: Locale }) {
  const notes = await getCustomerNotes(customerId);
  return (
    <Card title={m.notes.title} description={m.notes.description} data-testid="customer-notes">
      <CardBody className="flex flex-col gap-3">
        {canWrite ? <CustomerNoteForm customerId={customerId} m={m.notes} /> : <p className="text-sm text-ink-subtle">{m.notes.readOnly}</p>}
        {notes.length === 0 ? (
          <EmptyState title={m.notes.empty} className="py-4" />
        ) : (
          <ol className="flex max-h-[28rem] flex-col gap-2 overflow-y-auto">
            {notes.map((note) => (
              <li key={note.id} className="rounded-md border border-border bg-surface-muted px-3 py-2" data-testid="customer-note">
                <p className="text-xs text-ink-subtle">{fill(m.notes.by, { name: note.author.name, time: formatDateTime(note.createdAt, locale) })}</p>
                <p className="mt-1 text-sm break-words whitespace-pre-wrap text-ink">{note.body}</p>
              </li>
            ))}
          </ol>
        )}
      </CardBody>
    </Card>
  );
}
