// The lengths and choices of the API-client forms as plain constants, with no zod (the client form imports
// these); schemas.ts builds on them.
export const CLIENT_NAME_MAX = 80;
export const RATE_LIMIT_MIN = 1;
export const RATE_LIMIT_MAX = 100_000;
export const RATE_LIMIT_DEFAULT = 600;
export const REVOKE_REASON_MIN = 5;
export const REVOKE_REASON_MAX = 500;
