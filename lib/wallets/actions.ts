"use server";
// The wallet controls as server actions: gate, parse, the mutation (one transaction with its audit event),
// then the customer's pages are refreshed.
import { defineAction } from "@/lib/actions/define";
import { db } from "@/lib/db";
import { adjustWalletLimits, closeWallet, freezeWallet, unfreezeWallet, type WalletChanged } from "@/lib/wallets/mutations";
import { adjustLimitsSchema, closeWalletSchema, freezeWalletSchema, unfreezeWalletSchema } from "@/lib/wallets/schemas";

const customerPages = (_input: unknown, changed: WalletChanged) => [`/customers/${changed.customerId}`, "/customers"];

export const freezeWalletAction = defineAction({
  name: "wallet.freeze",
  permission: "wallet:freeze",
  schema: freezeWalletSchema,
  run: (input, actor) => freezeWallet(db, input, actor),
  revalidate: customerPages,
});

export const unfreezeWalletAction = defineAction({
  name: "wallet.unfreeze",
  permission: "wallet:unfreeze",
  schema: unfreezeWalletSchema,
  run: (input, actor) => unfreezeWallet(db, input, actor),
  revalidate: customerPages,
});

export const adjustWalletLimitsAction = defineAction({
  name: "wallet.adjust-limits",
  permission: "wallet:adjust-limits",
  schema: adjustLimitsSchema,
  run: (input, actor) => adjustWalletLimits(db, input, actor),
  revalidate: customerPages,
});

export const closeWalletAction = defineAction({
  name: "wallet.close",
  permission: "wallet:close",
  schema: closeWalletSchema,
  run: (input, actor) => closeWallet(db, input, actor),
  revalidate: customerPages,
});
