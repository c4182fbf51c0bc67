// What differs between the records a NoteForm adds notes to: where each one's note strings live (the area
// catalogue its page already provides) and the field that carries the record's id in its action's input.
// The stored notes' subjects (lib/notes) and the fraud alerts (whose notes live in lib/fraud/cases).
import { NOTE_TARGET_FIELD, type NoteSubject } from "@/lib/notes/fields";

export type NoteFormSubject = NoteSubject | "alert";

export const NOTE_NAMESPACE = { kyc: "kycReview", customer: "customers", alert: "alertCase" } as const satisfies Record<NoteFormSubject, "kycReview" | "customers" | "alertCase">;

export const NOTE_FORM_TARGET_FIELD = { ...NOTE_TARGET_FIELD, alert: "alertId" } as const satisfies Record<NoteFormSubject, string>;
