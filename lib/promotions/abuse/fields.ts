// Field limits of the held-reward review, shared by the dialog and the schema (no zod here).
export const REVIEW_NOTE_MIN = 2;
export const REVIEW_NOTE_MAX = 500;
/** How many held rewards the promotion page lists at once (the oldest first); the count says how many more. */
export const HELD_PANEL_LIMIT = 50;
