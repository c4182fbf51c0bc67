// Scores one proposed transaction with the worker's own code: the same history loader, the same active rule
// versions and the same evaluation, so the API and the alert queue can never disagree about a rule.
import type { Db } from "@/lib/db/client";
import type { ScoredTransaction } from "@/lib/fraud/rules/types";
import { evaluateRules } from "@/lib/fraud/scoring/evaluate";
import { loadHistoryFor } from "@/lib/fraud/scoring/history";
import { activeRuleVersions } from "@/lib/fraud/scoring/versions";
import { decide, type Scored } from "@/lib/fraud/decisions/policy";
import type { DecisionRequestBody } from "@/lib/fraud/decisions/schemas";

/**
 * The active versions change only when a lead approves a rule change; reading them once a second per
 * process spares every decision that query, and an approval takes effect within that second.
 */
const VERSIONS_TTL_MS = 1000;
const versionsCache = new WeakMap<Db, { at: number; versions: ReturnType<typeof activeRuleVersions> }>();

function versionsFor(db: Db, now: number): ReturnType<typeof activeRuleVersions> {
  const cached = versionsCache.get(db);
  if (cached && now - cached.at < VERSIONS_TTL_MS) return cached.versions;
  const versions = activeRuleVersions(db);
  versionsCache.set(db, { at: now, versions });
  // A failed read is not kept.
  versions.catch(() => versionsCache.delete(db));
  return versions;
}

export function proposedTransaction(body: DecisionRequestBody, now: Date): ScoredTransaction {
  return {
    id: null,
    walletId: body.walletId,
    type: body.type,
    status: "PENDING",
    amountFen: body.amountFen,
    channel: body.channel,
    mcc: body.mcc ?? null,
    merchantName: body.merchantName ?? null,
    counterpartyWalletId: body.counterpartyWalletId ?? null,
    counterpartyName: null,
    cardId: null,
    country: body.country,
    crossBorder: body.crossBorder ?? body.country !== "CN",
    deviceId: body.deviceId,
    ip: body.ip,
    createdAt: body.at ? new Date(body.at) : now,
  };
}

export async function scoreProposal(db: Db, tx: ScoredTransaction): Promise<Scored> {
  const [history, versions] = await Promise.all([loadHistoryFor(db, tx.walletId, tx.createdAt), versionsFor(db, Date.now())]);
  return decide(evaluateRules(tx, history, versions));
}
