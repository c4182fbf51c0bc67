"use server";
// One action per subject, because each subject has its own permission: officers and leads write notes on
// a KYC submission with kyc:decide, on a customer with customer:note. Both run the one addNote.
import { defineAction } from "@/lib/actions/define";
import { db } from "@/lib/db";
import { addNote } from "@/lib/notes/mutations";
import { addCustomerNoteSchema, addKycNoteSchema } from "@/lib/notes/schemas";

export const addKycNoteAction = defineAction({
  name: "kyc.note",
  permission: "kyc:decide",
  schema: addKycNoteSchema,
  run: (input, actor) => addNote(db, "kyc", input.submissionId, input.body, actor),
  revalidate: (input) => [`/kyc/${input.submissionId}`],
});

export const addCustomerNoteAction = defineAction({
  name: "customer.note",
  permission: "customer:note",
  schema: addCustomerNoteSchema,
  run: (input, actor) => addNote(db, "customer", input.customerId, input.body, actor),
  revalidate: (input) => [`/customers/${input.customerId}`],
});
