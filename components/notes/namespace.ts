// Where each subject's note strings live: the area catalogue its page already provides.
import type { NoteSubject } from "@/lib/notes/schemas";

export const NOTE_NAMESPACE = { kyc: "kycReview", customer: "customers" } as const satisfies Record<NoteSubject, "kycReview" | "customers">;
