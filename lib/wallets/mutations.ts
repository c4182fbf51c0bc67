// The wallet controls: freeze, unfreeze (four eyes), adjust limits within policy, close. Each is one
// transaction that locks the wallet row, checks its state and the version the officer saw, writes the
// change and its audit event. The state rules themselves are in policy.ts.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { WalletStatus } from "@/lib/generated/prisma/enums";
import type { Db } from "@/lib/db/client";
import { ActionError, conflict, invalidField, notFound, wrongState } from "@/lib/actions/errors";
import { recordAudit, type AuditActor, type RequestMeta } from "@/lib/audit/write";
import type { StaffSession } from "@/lib/auth/session";
import { DEFAULT_LOCALE } from "@/lib/i18n/translate";
import { formatCny } from "@/lib/money";
import { closeRefusal, freezeRefusal, limitViolations, limitsRefusal, unfreezeRefusal } from "@/lib/wallets/policy";
import type { AdjustLimits, FreezeWallet, WalletChange } from "@/lib/wallets/schemas";
import { isWalletTier, TIER_LIMITS, type WalletTier } from "@/lib/wallets/limits";

type Tx = Prisma.TransactionClient;

export interface WalletActor {
  staff: StaffSession;
  request: RequestMeta;
}

/** The wallet's new version, for the next change from the same screen. */
export interface WalletChanged {
  walletId: string;
  customerId: string;
  version: number;
}

const lockedSelect = {
  id: true,
  customerId: true,
  status: true,
  tier: true,
  balanceFen: true,
  singleLimitFen: true,
  dailyLimitFen: true,
  annualLimitFen: true,
  frozenAt: true,
  frozenById: true,
  freezeReason: true,
  freezeReasonCode: true,
  version: true,
  frozenBy: { select: { name: true } },
} satisfies Prisma.WalletSelect;

type LockedWallet = Prisma.WalletGetPayload<{ select: typeof lockedSelect }>;

interface Plan {
  action: string;
  data: Prisma.WalletUpdateManyMutationInput;
  before: Record<string, unknown>;
  after: Record<string, unknown>;
}

/**
 * Locks the wallet, lets `plan` refuse or describe the change, then writes it with its audit event. The
 * state is judged before the version: "already frozen by 林晓雯" tells the officer more than "changed".
 */
async function changeWallet(db: Db, input: WalletChange, actor: WalletActor, plan: (wallet: LockedWallet) => Plan): Promise<WalletChanged> {
  return db.$transaction((tx: Tx) => changeWalletIn(tx, input, actor, plan));
}

/**
 * The change inside a transaction the caller holds. `version` null: the caller decided on another record's
 * version (an alert's confirmed fraud) and has no wallet version to compare; the state rules still apply.
 */
async function changeWalletIn(
  tx: Tx,
  input: Omit<WalletChange, "version"> & { version: number | null },
  actor: WalletActor,
  plan: (wallet: LockedWallet) => Plan,
  origin: Record<string, unknown> = {},
): Promise<WalletChanged> {
  await tx.$queryRaw`SELECT id FROM wallet WHERE id = ${input.walletId} FOR UPDATE`;
  const wallet = await tx.wallet.findUnique({ where: { id: input.walletId }, select: lockedSelect });
  if (!wallet) throw notFound("wallets.errors.notFound");
  const change = plan(wallet);
  if (input.version !== null && wallet.version !== input.version) throw conflict("wallets.errors.changed");
  await tx.wallet.update({ where: { id: wallet.id }, data: { ...change.data, version: { increment: 1 } } });
  await recordAudit(tx, {
    actor: actor.staff,
    action: change.action,
    entityType: "Wallet",
    entityId: wallet.id,
    before: change.before,
    after: { ...change.after, customerId: wallet.customerId, ...origin },
    reason: input.reason,
    request: actor.request,
  });
  return { walletId: wallet.id, customerId: wallet.customerId, version: wallet.version + 1 };
}

function freezePlan(input: Pick<FreezeWallet, "reason" | "reasonCode">, actor: WalletActor, now: Date): (wallet: LockedWallet) => Plan {
  return (wallet) => {
    const refusal = freezeRefusal(wallet);
    // Someone froze it while this officer was looking: a conflict, with who did it.
    if (refusal?.key === "wallets.errors.alreadyFrozen") throw conflict(refusal.key, { name: wallet.frozenBy?.name ?? "—" });
    if (refusal) throw wrongState(refusal.key);
    return {
      action: "wallet.freeze",
      data: { status: "FROZEN", frozenAt: now, frozenById: actor.staff.id, freezeReason: input.reason, freezeReasonCode: input.reasonCode },
      before: { status: wallet.status },
      after: { status: "FROZEN", frozenAt: now, freezeReasonCode: input.reasonCode },
    };
  };
}

export function freezeWallet(db: Db, input: FreezeWallet, actor: WalletActor, now = new Date()): Promise<WalletChanged> {
  return changeWallet(db, input, actor, freezePlan(input, actor, now));
}

/**
 * The same freeze (policy, row lock, audit event "wallet.freeze") inside the caller's transaction, so that
 * a decision that freezes (an alert confirmed as fraud) and the freeze commit or roll back together.
 * `origin` names what caused it in the event's after-state ({ alertId } or { caseId }).
 */
export function freezeWalletInTransaction(
  tx: Tx,
  input: Omit<FreezeWallet, "version">,
  actor: WalletActor,
  origin: Record<string, unknown> = {},
  now = new Date(),
): Promise<WalletChanged> {
  return changeWalletIn(tx, { ...input, version: null }, actor, freezePlan(input, actor, now), origin);
}

export function unfreezeWallet(db: Db, input: WalletChange, actor: WalletActor): Promise<WalletChanged> {
  return changeWallet(db, input, actor, (wallet) => {
    const refusal = unfreezeRefusal(wallet, actor.staff.id);
    if (refusal) throw wrongState(refusal.key);
    return {
      action: "wallet.unfreeze",
      data: { status: "ACTIVE", frozenAt: null, frozenById: null, freezeReason: null, freezeReasonCode: null },
      before: { status: wallet.status, frozenAt: wallet.frozenAt, frozenById: wallet.frozenById, freezeReason: wallet.freezeReason, freezeReasonCode: wallet.freezeReasonCode },
      after: { status: "ACTIVE" },
    };
  });
}

export function adjustWalletLimits(db: Db, input: AdjustLimits, actor: WalletActor): Promise<WalletChanged> {
  return changeWallet(db, input, actor, (wallet) => {
    const refusal = limitsRefusal(wallet);
    if (refusal) throw wrongState(refusal.key);
    const next = { singleFen: input.singleLimit, dailyFen: input.dailyLimit, annualFen: input.annualLimit };
    const violations = limitViolations(wallet.tier, next);
    const first = Object.values(violations)[0];
    if (first) throw new ActionError("invalid", first, {}, violations);
    if (next.singleFen === wallet.singleLimitFen && next.dailyFen === wallet.dailyLimitFen && next.annualFen === wallet.annualLimitFen) throw invalidField("singleLimit", "wallets.errors.unchanged");
    return {
      action: "wallet.adjust-limits",
      data: { singleLimitFen: next.singleFen, dailyLimitFen: next.dailyFen, annualLimitFen: next.annualFen },
      before: { tier: wallet.tier, singleLimitFen: wallet.singleLimitFen, dailyLimitFen: wallet.dailyLimitFen, annualLimitFen: wallet.annualLimitFen },
      after: { singleLimitFen: next.singleFen, dailyLimitFen: next.dailyFen, annualLimitFen: next.annualFen },
    };
  });
}

export function closeWallet(db: Db, input: WalletChange, actor: WalletActor, now = new Date()): Promise<WalletChanged> {
  return changeWallet(db, input, actor, (wallet) => {
    const refusal = closeRefusal(wallet);
    if (refusal?.key === "wallets.errors.closeBalance") throw wrongState(refusal.key, { amount: formatCny(wallet.balanceFen, DEFAULT_LOCALE) });
    if (refusal) throw wrongState(refusal.key);
    return {
      action: "wallet.close",
      data: { status: "CLOSED", closedAt: now, closedById: actor.staff.id, closeReason: input.reason },
      before: { status: wallet.status, balanceFen: wallet.balanceFen },
      after: { status: "CLOSED", closedAt: now },
    };
  });
}

// Opening a customer's wallet after an approved KYC submission: ACTIVE at the approved tier with that
// tier's limits. Runs inside the approval's transaction, so the submission is never APPROVED with a wallet
// that stayed closed, nor the other way round; the wallet's own audit event is written beside it.

export interface ActivatedWallet {
  id: string;
  status: WalletStatus;
  tier: WalletTier;
  singleLimitFen: bigint;
  dailyLimitFen: bigint;
  annualLimitFen: bigint;
  activatedAt: Date;
}


export async function activateWallet(
  tx: Tx,
  input: { customerId: string; tier: number; submissionId: string; now: Date },
  actor: { staff: AuditActor; request: RequestMeta },
): Promise<ActivatedWallet> {
  if (!isWalletTier(input.tier)) throw wrongState("kycReview.errors.tierInvalid");
  await tx.$queryRaw`SELECT id FROM wallet WHERE customer_id = ${input.customerId} FOR UPDATE`;
  const wallet = await tx.wallet.findUnique({
    where: { customerId: input.customerId },
    select: { id: true, status: true, tier: true, singleLimitFen: true, dailyLimitFen: true, annualLimitFen: true, activatedAt: true, version: true },
  });
  if (!wallet) throw wrongState("kycReview.errors.walletMissing");
  // A frozen or closed wallet was stopped for a reason of its own; an approval must not undo that.
  if (wallet.status === "FROZEN") throw wrongState("kycReview.errors.walletFrozen");
  if (wallet.status === "CLOSED") throw wrongState("kycReview.errors.walletClosed");

  const limits = TIER_LIMITS[input.tier];
  const activatedAt = wallet.activatedAt ?? input.now;
  const { count } = await tx.wallet.updateMany({
    where: { id: wallet.id, version: wallet.version },
    data: {
      status: "ACTIVE",
      tier: input.tier,
      singleLimitFen: limits.singleFen,
      dailyLimitFen: limits.dailyFen,
      annualLimitFen: limits.annualFen,
      activatedAt,
      version: { increment: 1 },
    },
  });
  if (count === 0) throw conflict("kycReview.errors.walletChanged");

  const after = { status: "ACTIVE" as const, tier: input.tier, singleLimitFen: limits.singleFen, dailyLimitFen: limits.dailyFen, annualLimitFen: limits.annualFen, activatedAt };
  await recordAudit(tx, {
    actor: actor.staff,
    action: "wallet.activate",
    entityType: "Wallet",
    entityId: wallet.id,
    before: { status: wallet.status, tier: wallet.tier, singleLimitFen: wallet.singleLimitFen, dailyLimitFen: wallet.dailyLimitFen, annualLimitFen: wallet.annualLimitFen, activatedAt: wallet.activatedAt },
    after: { ...after, submissionId: input.submissionId },
    request: actor.request,
  });
  return { id: wallet.id, ...after };
}
