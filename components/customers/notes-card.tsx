// Internal notes on the customer, newest first, and the form to add one (roles with customer:note).
import { Card, CardBody } from "@/components/ui/card";
import { NoteForm } from "@/components/notes/note-form";
import { NoteList } from "@/components/notes/note-list";
import type { CustomersMessages } from "@/components/customers/messages";
import { addCustomerNoteAction } from "@/lib/customers/notes/actions";
import { CUSTOMER_NOTE_MAX } from "@/lib/customers/notes/schemas";
import { getCustomerNotes } from "@/lib/customers/profile/queries";
import type { Locale } from "@/lib/i18n/translate";

export async function CustomerNotesCard({ customerId, canWrite, m, locale }: { customerId: string; canWrite: boolean; m: CustomersMessages; locale: Locale }) {
  const notes = await getCustomerNotes(customerId);
  return (
    <Card title={m.notes.title} description={m.notes.description} data-testid="customer-notes">
      <CardBody className="flex flex-col gap-3">
        {canWrite ? (
          <NoteForm action={addCustomerNoteAction} target={{ customerId }} maxLength={CUSTOMER_NOTE_MAX} m={m.notes} testId="customer-note" formTestId="customer-note-form" />
        ) : (
          <p className="text-sm text-ink-subtle">{m.notes.readOnly}</p>
        )}
        <NoteList notes={notes} m={m.notes} locale={locale} testId="customer-note" className="max-h-[28rem] overflow-y-auto" />
      </CardBody>
    </Card>
  );
}
