"use server";
// Adding an internal note to a KYC submission (officers and leads).
import { defineAction } from "@/lib/actions/define";
import { db } from "@/lib/db";
import { addKycNote } from "@/lib/kyc/notes/mutations";
import { addKycNoteSchema } from "@/lib/kyc/notes/schemas";

export const addKycNoteAction = defineAction({
  name: "kyc.note",
  permission: "kyc:decide",
  schema: addKycNoteSchema,
  run: (input, actor) => addKycNote(db, input, actor),
  revalidate: (input) => [`/kyc/${input.submissionId}`],
});
