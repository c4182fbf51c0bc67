// Expected failures of a mutation. Domain code throws them; the action wrapper turns them into typed
// results the form shows in the user's language. Anything else is unexpected and gets a reference.
import type { MessageKey } from "@/lib/i18n/translate";

export type ActionErrorCode = "unauthenticated" | "forbidden" | "invalid" | "conflict" | "state" | "not-found" | "unexpected";

export class ActionError extends Error {
  constructor(
    readonly code: Exclude<ActionErrorCode, "unexpected">,
    readonly messageKey: MessageKey,
    readonly values: Record<string, string | number> = {},
    readonly fieldErrors?: Record<string, MessageKey>,
  ) {
    super(messageKey);
    this.name = "ActionError";
  }
}

/** Someone else changed or decided the thing first (optimistic concurrency). */
export const conflict = (messageKey: MessageKey, values?: Record<string, string | number>) => new ActionError("conflict", messageKey, values);
/** The thing is in a state that does not allow this (e.g. unfreezing an active wallet). */
export const wrongState = (messageKey: MessageKey, values?: Record<string, string | number>) => new ActionError("state", messageKey, values);
export const notFound = (messageKey: MessageKey) => new ActionError("not-found", messageKey);
/** A business rule about one field, shown beside that field. */
export const invalidField = (field: string, messageKey: MessageKey) => new ActionError("invalid", messageKey, {}, { [field]: messageKey });
