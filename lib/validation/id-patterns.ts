// The shapes of ids as plain patterns, with no zod, for code that also runs in the browser (ids.ts builds
// its zod parsers on them).

/**
 * A text id: the wallet platform's references (C00000001, W00000001, K000000011, BC000000010), cuids and
 * the demo's staff_admin. Letters, digits, "_" and "-", at most 64 characters.
 */
export const REFERENCE_ID = /^[\w-]{1,64}$/;
