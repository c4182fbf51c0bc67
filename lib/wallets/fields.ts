// The lengths and choices of the wallet controls' inputs as plain constants, with no zod: client forms import
// these without shipping the validation library. schemas.ts builds its zod schemas on them.

export const WALLET_REASON_MIN = 5;
export const WALLET_REASON_MAX = 500;
