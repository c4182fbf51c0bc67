// What the wallet controls send: which wallet, the version the officer saw (optimistic concurrency) and
// why. No server imports: the dialogs import this too. Field messages are i18n keys.
import { z } from "zod";
import { parseYuanText } from "@/lib/money";
import { WALLET_FREEZE_REASONS } from "@/lib/wallets/freeze-reasons";
import { referenceIdField } from "@/lib/validation/ids";
import { WALLET_REASON_MIN, WALLET_REASON_MAX } from "@/lib/wallets/fields";
export { WALLET_REASON_MIN, WALLET_REASON_MAX } from "@/lib/wallets/fields";

const walletTarget = {
  walletId: referenceIdField,
  version: z.coerce.number({ error: "validation.required" }).int().min(0),
  reason: z.string({ error: "validation.reasonRequired" }).trim().min(WALLET_REASON_MIN, "validation.reasonRequired").max(WALLET_REASON_MAX),
};

/** Yuan as typed ("5,000.50") -> fen. */
const yuanLimit = z
  .string({ error: "wallets.errors.amountInvalid" })
  .transform((text, context) => {
    const fen = parseYuanText(text);
    if (fen === null) {
      context.addIssue({ code: "custom", message: "wallets.errors.amountInvalid" });
      return z.NEVER;
    }
    return fen;
  })
  .refine((fen) => fen > 0n, "wallets.errors.amountPositive");

/** A freeze names its category as well as the officer's words: a report counts the one, a reader needs the other. */
export const freezeWalletSchema = z.object({ ...walletTarget, reasonCode: z.enum(WALLET_FREEZE_REASONS, { error: "wallets.errors.reasonCodeRequired" }) });
export const unfreezeWalletSchema = z.object(walletTarget);
export const closeWalletSchema = z.object(walletTarget);
export const adjustLimitsSchema = z.object({ ...walletTarget, singleLimit: yuanLimit, dailyLimit: yuanLimit, annualLimit: yuanLimit });

export type WalletChange = z.infer<typeof unfreezeWalletSchema>;
export type FreezeWallet = z.infer<typeof freezeWalletSchema>;
export type AdjustLimits = z.infer<typeof adjustLimitsSchema>;
