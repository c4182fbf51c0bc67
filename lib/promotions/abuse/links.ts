// The sign-up farming guard. The reward worker calls it inside the batch's transaction, after the rules
// decided and before it writes, once per batch for every promotion with candidates (findFarmingLinksForBatch): which of these customers share a
// resident ID number, a bank card (BIN, last four and holder name), a device (any transaction's device_id)
// or a phone number with another customer the same promotion already rewarded (PAID or HELD), or with an
// earlier candidate of the same batch. Those rewards are written HELD (cost reserved, nothing credited)
// and a PROMOTION_FARMING fraud alert is raised for the held customer naming whom it is linked to.
// Set-based: one query finds every link of the batch across its promotions, one reads what the alerts need, one writes them.
import { Prisma } from "@/lib/generated/prisma/client";
import { PROMOTION_FARMING } from "@/lib/fraud/rules/raised";
import { ruleIdFor } from "@/lib/fraud/rules";
import { writeAlerts, type NewAlert } from "@/lib/fraud/worker/alerts";
import { maskName } from "@/lib/privacy/mask";
import type { FarmingCandidate, FarmingGuardOptions, FarmingLinks, HoldLink, HoldLinkKind } from "@/lib/promotions/abuse/types";

export type { FarmingCandidate, FarmingGuardOptions, FarmingLinks, HoldLink, HoldLinkKind } from "@/lib/promotions/abuse/types";

type Tx = Pick<Prisma.TransactionClient, "$queryRaw" | "$executeRaw">;

/** The order links are listed in: the strongest evidence of one person behind two accounts first. */
const KIND_ORDER: Record<HoldLinkKind, number> = { ID_NUMBER: 0, CARD: 1, PHONE: 2, DEVICE: 3 };

/**
 * The transactions whose device is the customer's own: the ones the customer makes. A CASHBACK, a
 * clawback or a refund is written by the bank (the reward worker's device is "system") and a transfer in
 * carries the sender's device, so they would link strangers.
 */
const CUSTOMER_INITIATED = Prisma.sql`'PAYMENT', 'TOP_UP', 'TRANSFER_OUT', 'WITHDRAWAL'`;

interface PairRow {
  promotion_id: string;
  kind: HoldLinkKind;
  customer_id: string;
  other_id: string;
  reward_id: string | null;
}

export async function findFarmingLinks(tx: Tx, promotionId: string, candidates: readonly FarmingCandidate[], options: FarmingGuardOptions = {}): Promise<FarmingLinks> {
  const found = await findFarmingLinksForBatch(tx, [{ promotionId, candidates }], options);
  return found.get(promotionId) ?? new Map();
}

/** One promotion's candidates, in the batch's order. */
export interface FarmingGroup {
  promotionId: string;
  candidates: readonly FarmingCandidate[];
}

/**
 * The guard for a whole batch across promotions: one statement finds the links of every candidate of every
 * promotion (what customers share does not depend on the promotion; who counts does: customers rewarded by
 * THE SAME promotion, or earlier candidates of the same promotion in the batch). Same answer per promotion
 * as findFarmingLinks; alerts are raised per promotion that holds someone.
 */
export async function findFarmingLinksForBatch(tx: Tx, groups: readonly FarmingGroup[], options: FarmingGuardOptions = {}): Promise<Map<string, FarmingLinks>> {
  const result = new Map<string, FarmingLinks>();
  const live = groups.filter((g) => g.candidates.length > 0);
  if (live.length === 0) return result;
  const pairs = await linkedPairs(tx, live);
  if (pairs.length === 0) return result;
  const pairsOf = new Map<string, Map<string, PairRow[]>>();
  for (const pair of pairs) {
    let byCustomer = pairsOf.get(pair.promotion_id);
    if (!byCustomer) pairsOf.set(pair.promotion_id, (byCustomer = new Map()));
    const list = byCustomer.get(pair.customer_id);
    if (list) list.push(pair);
    else byCustomer.set(pair.customer_id, [pair]);
  }

  for (const { promotionId, candidates } of live) {
    const byCustomer = pairsOf.get(promotionId);
    if (!byCustomer) continue;
    const links: FarmingLinks = new Map();
    // A batch-mate counts only when it comes earlier in the batch: the first of two linked newcomers is paid
    // (unless it is linked to someone rewarded before), the second is held.
    const firstIndex = new Map<string, number>();
    candidates.forEach((c, i) => {
      if (!firstIndex.has(c.customerId)) firstIndex.set(c.customerId, i);
    });
    candidates.forEach((candidate, i) => {
      const found: HoldLink[] = [];
      for (const pair of byCustomer.get(candidate.customerId) ?? []) {
        const mateIndex = firstIndex.get(pair.other_id);
        if (pair.reward_id !== null || (mateIndex !== undefined && mateIndex < i)) {
          found.push({ kind: pair.kind, customerId: pair.other_id, rewardId: pair.reward_id });
        }
      }
      if (found.length > 0) {
        found.sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.customerId.localeCompare(b.customerId));
        links.set(candidate.sourceKey, found);
      }
    });
    if (links.size === 0) continue;
    result.set(promotionId, links);
    if (options.raiseAlerts !== false) {
      await raiseFarmingAlerts(tx, promotionId, candidates.filter((c) => links.has(c.sourceKey)), links, options);
    }
  }
  return result;
}

/**
 * Every (promotion, kind, candidate customer, other customer) the batch shares, kept when the other customer
 * was rewarded by that promotion (with that reward's id) or is a candidate of that promotion itself. The
 * shared items are found once for the batch's distinct customers, whatever the number of promotions. One
 * statement.
 */
async function linkedPairs(tx: Tx, groups: readonly FarmingGroup[]): Promise<PairRow[]> {
  const promotions = groups.flatMap((g) => g.candidates.map(() => g.promotionId));
  const customers = groups.flatMap((g) => g.candidates.map((c) => c.customerId));
  const wallets = groups.flatMap((g) => g.candidates.map((c) => c.walletId));
  // The planner over-estimates this statement (unnest arrays, UNION of lateral joins) past jit_above_cost:
  // compiling it took 2-3 s on PostgreSQL 15 for a query that runs in ~5 ms. JIT off for this statement
  // only (set_config local to the transaction, the previous value put back after).
  const [previous] = await tx.$queryRaw<{ jit: string }[]>`SELECT current_setting('jit') AS jit, set_config('jit', 'off', true)`;
  try {
    return await pairsQuery(tx, promotions, customers, wallets);
  } finally {
    if (previous && previous.jit !== "off") await tx.$queryRaw`SELECT set_config('jit', ${previous.jit}, true)`;
  }
}

function pairsQuery(tx: Tx, promotions: string[], customers: string[], wallets: string[]): Promise<PairRow[]> {
  return tx.$queryRaw<PairRow[]>`
    WITH pc AS MATERIALIZED (
      SELECT DISTINCT c.promotion_id, c.customer_id, c.wallet_id
      FROM unnest(${promotions}::text[], ${customers}::text[], ${wallets}::text[]) AS c(promotion_id, customer_id, wallet_id)
    ),
    cand AS MATERIALIZED (SELECT DISTINCT customer_id, wallet_id FROM pc),
    pairs AS MATERIALIZED (
      SELECT 'ID_NUMBER' AS kind, me.id AS customer_id, o.id AS other_id
      FROM cand JOIN customer me ON me.id = cand.customer_id JOIN customer o ON o.id_number = me.id_number AND o.id <> me.id
      UNION
      SELECT 'PHONE', me.id, o.id
      FROM cand JOIN customer me ON me.id = cand.customer_id JOIN customer o ON o.phone = me.phone AND o.id <> me.id
      UNION
      SELECT 'CARD', cand.customer_id, ow.customer_id
      FROM cand JOIN bank_card mc ON mc.wallet_id = cand.wallet_id
      JOIN bank_card oc ON oc.bin = mc.bin AND oc.last4 = mc.last4 AND oc.holder_name = mc.holder_name AND oc.wallet_id <> mc.wallet_id
      JOIN wallet ow ON ow.id = oc.wallet_id
      UNION
      SELECT 'DEVICE', cand.customer_id, ow.customer_id
      FROM cand
      JOIN LATERAL (SELECT DISTINCT t.device_id FROM "transaction" t WHERE t.wallet_id = cand.wallet_id AND t.type IN (${CUSTOMER_INITIATED})) d ON true
      JOIN LATERAL (
        SELECT DISTINCT t2.wallet_id FROM "transaction" t2
        WHERE t2.device_id = d.device_id AND t2.wallet_id <> cand.wallet_id AND t2.type IN (${CUSTOMER_INITIATED})
      ) w ON true
      JOIN wallet ow ON ow.id = w.wallet_id
    ),
    judged AS (
      SELECT g.promotion_id, p.kind, p.customer_id, p.other_id,
        (SELECT r.id FROM promotion_reward r
         WHERE r.promotion_id = g.promotion_id AND r.customer_id = p.other_id AND r.status IN ('PAID', 'HELD')
         ORDER BY r.created_at, r.id LIMIT 1) AS reward_id
      FROM (SELECT DISTINCT promotion_id, customer_id FROM pc) g
      JOIN pairs p ON p.customer_id = g.customer_id
      WHERE p.customer_id <> p.other_id
    )
    SELECT j.promotion_id, j.kind, j.customer_id, j.other_id, j.reward_id FROM judged j
    -- IN, not a correlated EXISTS: under OR, only IN becomes a hashed subplan.
    WHERE j.reward_id IS NOT NULL OR (j.promotion_id, j.other_id) IN (SELECT promotion_id, customer_id FROM pc)`;
}

interface AnchorRow {
  source_key: string;
  transaction_id: bigint | null;
  amount_fen: bigint | null;
}

const KIND_WORDS: Record<HoldLinkKind, { "zh-CN": string; en: string }> = {
  ID_NUMBER: { "zh-CN": "身份证件号码", en: "resident ID number" },
  CARD: { "zh-CN": "银行卡", en: "bank card" },
  DEVICE: { "zh-CN": "设备", en: "device" },
  PHONE: { "zh-CN": "手机号", en: "phone number" },
};

/** The FraudRule id and its version 1, which the guard's alerts reference. */
export const FARMING_RULE_ID = ruleIdFor(PROMOTION_FARMING.code);
export const FARMING_RULE_VERSION_ID = `${FARMING_RULE_ID}_v1`;

/**
 * One PROMOTION_FARMING alert per held candidate, on the rewarded payment, or for a bonus on the wallet's
 * latest transaction at or before the event (else its first one after): an alert needs a transaction.
 * A candidate whose wallet has no transaction at all gets no alert (its reward is held all the same).
 */
async function raiseFarmingAlerts(tx: Tx, promotionId: string, held: readonly FarmingCandidate[], links: FarmingLinks, options: FarmingGuardOptions): Promise<number> {
  await ensureFarmingRule(tx);
  const keys = held.map((c) => c.sourceKey);
  const wallets = held.map((c) => c.walletId);
  const txIds = held.map((c) => c.transactionId?.toString() ?? null);
  const ats = held.map((c) => c.at.toISOString());
  const others = [...new Set([...links.values()].flatMap((list) => list.map((l) => l.customerId)))];
  const [anchors, names, promotion] = await Promise.all([
    tx.$queryRaw<AnchorRow[]>`
      SELECT h.source_key, t.id AS transaction_id, t.amount_fen
      FROM unnest(${keys}::text[], ${wallets}::text[], ${txIds}::bigint[], ${ats}::timestamptz[]) AS h(source_key, wallet_id, transaction_id, at)
      LEFT JOIN LATERAL (
        SELECT coalesce(
          h.transaction_id,
          (SELECT x.id FROM "transaction" x WHERE x.wallet_id = h.wallet_id AND x.created_at <= h.at ORDER BY x.created_at DESC, x.id DESC LIMIT 1),
          (SELECT x.id FROM "transaction" x WHERE x.wallet_id = h.wallet_id ORDER BY x.created_at, x.id LIMIT 1)
        ) AS id
      ) a ON true
      LEFT JOIN "transaction" t ON t.id = a.id
      -- A batch scored again (a lease taken over) asks about rewards that already exist: no alert for those.
      WHERE NOT EXISTS (SELECT 1 FROM promotion_reward r WHERE r.promotion_id = ${promotionId} AND r.source_key = h.source_key)`,
    tx.$queryRaw<{ id: string; name: string }[]>`SELECT id, name FROM customer WHERE id = ANY(${others}::text[])`,
    tx.$queryRaw<{ name: string }[]>`SELECT name FROM promotion WHERE id = ${promotionId}`,
  ]);
  const nameOf = new Map(names.map((n) => [n.id, maskName(n.name)]));
  const anchorOf = new Map(anchors.map((a) => [a.source_key, a]));
  const promotionName = promotion[0]?.name ?? promotionId;
  const rows: NewAlert[] = [];
  for (const candidate of held) {
    const anchor = anchorOf.get(candidate.sourceKey);
    if (!anchor?.transaction_id) continue;
    const found = links.get(candidate.sourceKey) ?? [];
    const explanation = farmingExplanation(promotionName, found, nameOf);
    rows.push({
      ruleId: FARMING_RULE_ID,
      ruleVersionId: FARMING_RULE_VERSION_ID,
      code: PROMOTION_FARMING.code,
      transactionId: anchor.transaction_id,
      customerId: candidate.customerId,
      walletId: candidate.walletId,
      amountFen: anchor.amount_fen ?? 0n,
      // One shared item is a hint, two or more (or an ID number) are one person with several accounts.
      score: Math.min(100, 60 + 10 * new Set(found.map((l) => l.kind)).size + (found.some((l) => l.kind === "ID_NUMBER") ? 20 : 0)),
      severity: PROMOTION_FARMING.defaultSeverity,
      characteristic: PROMOTION_FARMING.characteristic,
      explanation,
      evidence: {
        transactionIds: [anchor.transaction_id.toString()],
        facts: {
          promotionId,
          sourceKey: candidate.sourceKey,
          linkedCustomers: [...new Set(found.map((l) => l.customerId))].join(","),
          sharedItems: [...new Set(found.map((l) => l.kind))].join(","),
          linkedRewards: found.flatMap((l) => (l.rewardId ? [l.rewardId] : [])).join(","),
        },
      },
      createdAt: options.backdate ? candidate.at : undefined,
    });
  }
  return writeAlerts(tx, rows);
}

/** "与已在「双十一返现」获奖的 王* (C000123：设备、手机号) 共用…" in both languages; names masked. */
export function farmingExplanation(promotionName: string, links: readonly HoldLink[], nameOf: ReadonlyMap<string, string>): { "zh-CN": string; en: string } {
  const grouped = new Map<string, HoldLinkKind[]>();
  for (const link of links) {
    const kinds = grouped.get(link.customerId) ?? [];
    if (!kinds.includes(link.kind)) kinds.push(link.kind);
    grouped.set(link.customerId, kinds);
  }
  // The English text names the linked customers by id only: their names (and the promotion's) are Chinese
  // data, and an English page carries no Chinese words outside the data it shows as such.
  const who = (locale: "zh-CN" | "en", sep: string, listSep: string) =>
    [...grouped]
      .map(([id, kinds]) => {
        const shared = kinds.map((k) => KIND_WORDS[k][locale]).join(listSep);
        return locale === "en" ? `${id} (${shared})` : `${nameOf.get(id) ?? "—"} (${id}${sep}${shared})`;
      })
      .join(locale === "zh-CN" ? "、" : "; ");
  return {
    "zh-CN": `营销活动「${promotionName}」的奖励已暂扣待审核：该客户与同一活动的其他获奖客户共用身份信息：${who("zh-CN", "：", "、")}。`,
    en: `The promotion's reward is held for review: this customer shares identity details with other customers the same promotion rewarded: ${who("en", ": ", ", ")}.`,
  };
}

/**
 * The rule row and its version 1 (ACTIVE) if the seed has not made them (a database older than the rule).
 * Raised rules are not scored: activeRuleVersions leaves out a code no scoring rule implements.
 */
async function ensureFarmingRule(tx: Tx): Promise<void> {
  const rule = PROMOTION_FARMING;
  await tx.$executeRaw`
    INSERT INTO fraud_rule (id, code, name, description, severity, enabled, created_at)
    VALUES (${FARMING_RULE_ID}, ${rule.code}, ${rule.name["zh-CN"]}, ${rule.description["zh-CN"]}, ${rule.defaultSeverity}::"AlertSeverity", true, now())
    ON CONFLICT DO NOTHING`;
  await tx.$executeRaw`
    INSERT INTO fraud_rule_version (id, rule_id, version, params, severity, enabled, status, note, submitted_at, approved_at, created_at, row_version)
    VALUES (${FARMING_RULE_VERSION_ID}, ${FARMING_RULE_ID}, 1, '{}'::jsonb, ${rule.defaultSeverity}::"AlertSeverity", true, 'ACTIVE', ${"营销套利防护（系统）"}, now(), now(), now(), 0)
    ON CONFLICT DO NOTHING`;
}
