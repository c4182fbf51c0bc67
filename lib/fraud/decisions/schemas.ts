// What the API-client forms and the decision API accept. No server imports: the admin form shares it.
// Form messages are i18n keys (validation.*, translated by the action wrapper).
import { z } from "zod";
import { referenceIdField, REFERENCE_ID } from "@/lib/validation/ids";
import { CLIENT_NAME_MAX, RATE_LIMIT_MAX, RATE_LIMIT_MIN, REVOKE_REASON_MAX, REVOKE_REASON_MIN } from "@/lib/fraud/decisions/fields";
import { TransactionChannel, TransactionType } from "@/lib/generated/prisma/enums";

export const createApiClientSchema = z.object({
  name: z.string("validation.required").trim().min(1, "validation.required").max(CLIENT_NAME_MAX),
  rateLimitPerMinute: z.coerce.number("validation.notNumber").int("validation.notWholeNumber").min(RATE_LIMIT_MIN).max(RATE_LIMIT_MAX),
});
export type CreateApiClient = z.infer<typeof createApiClientSchema>;

export const revokeApiClientSchema = z.object({
  clientId: referenceIdField,
  version: z.coerce.number().int().min(0),
  reason: z.string("validation.reasonRequired").trim().min(REVOKE_REASON_MIN, "validation.reasonRequired").max(REVOKE_REASON_MAX),
});
export type RevokeApiClient = z.infer<typeof revokeApiClientSchema>;

/** Amounts in fen: an integer, as a JSON number (safe range) or a string of digits. */
const amountFen = z.union([
  z.number().int().positive().max(Number.MAX_SAFE_INTEGER).transform((n) => BigInt(n)),
  z.string().regex(/^[1-9]\d{0,17}$/).transform((s) => BigInt(s)),
]);

const walletId = z.string().regex(REFERENCE_ID);

/** POST /api/v1/decisions: one proposed transaction of a wallet. */
export const decisionRequestSchema = z.object({
  walletId,
  type: z.enum(TransactionType),
  amountFen,
  channel: z.enum(TransactionChannel),
  counterpartyWalletId: walletId.nullish(),
  merchantName: z.string().trim().min(1).max(120).nullish(),
  mcc: z.string().regex(/^\d{4}$/).nullish(),
  /** ISO 3166 alpha-2; default CN. */
  country: z.string().regex(/^[A-Z]{2}$/).default("CN"),
  crossBorder: z.boolean().optional(),
  deviceId: z.string().trim().min(1).max(128),
  ip: z.union([z.ipv4(), z.ipv6()]),
  /** When the transaction happens; default: now. RFC 3339 with a zone. */
  at: z.iso.datetime({ offset: true }).optional(),
});
export type DecisionRequestBody = z.infer<typeof decisionRequestSchema>;

/** Header values: printable ASCII without spaces, so they travel in headers and logs unchanged. */
export const NONCE_PATTERN = /^[A-Za-z0-9._:-]{16,128}$/;
export const IDEMPOTENCY_KEY_PATTERN = /^[A-Za-z0-9._:-]{1,128}$/;
