// An internal note on a customer, as the notes card sends it. No server imports: the form uses it too.
import { z } from "zod";
import { referenceIdField } from "@/lib/validation/ids";

export const CUSTOMER_NOTE_MAX = 2000;

export const addCustomerNoteSchema = z.object({
  customerId: referenceIdField,
  body: z.string({ error: "validation.required" }).trim().min(1, "validation.required").max(CUSTOMER_NOTE_MAX, "customers.notes.tooLong"),
});
export type AddCustomerNote = z.infer<typeof addCustomerNoteSchema>;
