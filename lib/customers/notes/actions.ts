"use server";
// Adding an internal note to a customer (compliance officers and leads).
import { defineAction } from "@/lib/actions/define";
import { db } from "@/lib/db";
import { addCustomerNote } from "@/lib/customers/notes/mutations";
import { addCustomerNoteSchema } from "@/lib/customers/notes/schemas";

export const addCustomerNoteAction = defineAction({
  name: "customer.note",
  permission: "customer:note",
  schema: addCustomerNoteSchema,
  run: (input, actor) => addCustomerNote(db, input, actor),
  revalidate: (input) => [`/customers/${input.customerId}`],
});
