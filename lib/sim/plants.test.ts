// The plants and near-misses against the rules themselves, in memory: every transaction of a generated
// population is scored with every rule's default parameters over its wallet's own history (as the worker
// does, without the database), and each planted incident must raise an alert of a rule that targets its
// pattern while each near-miss raises none of the rule it is near.
import { describe, expect, it } from "vitest";
import type { FraudPattern } from "@/lib/generated/prisma/enums";
import { FRAUD_RULES } from "@/lib/fraud/rules";
import { defaultParams } from "@/lib/fraud/rules/params";
import { HISTORY_DAYS, type ScoredTransaction, type WalletHistory } from "@/lib/fraud/rules/types";
import { FRAUD_PATTERNS } from "@/lib/sim/fraud";
import { DEMO_OPTIONS, simOptions, type SimOptions } from "@/lib/sim/options";
import { generatePopulation, type CustomerBundle } from "@/lib/sim/population";
import { createRandom } from "@/lib/sim/random";
import { watchlist } from "@/lib/sim/reference";
import type { NewTransaction } from "@/lib/transactions/record";

const DAY = 86_400_000;
const SCORED_TYPES = new Set(["TOP_UP", "PAYMENT", "TRANSFER_OUT", "TRANSFER_IN", "WITHDRAWAL"]);
const SCORED_STATUSES = new Set(["SUCCEEDED", "PENDING", "FAILED"]);
const RULES = FRAUD_RULES.map((rule) => ({ rule, params: defaultParams(rule) }));

interface Scored {
  row: NewTransaction;
  /** Codes of the rules that fired on it. */
  hits: string[];
}

function scoreWallet(bundle: CustomerBundle): Scored[] {
  const rows = bundle.transactions;
  const txs: ScoredTransaction[] = rows.map((r, i) => ({
    id: BigInt(i + 1),
    walletId: r.walletId,
    type: r.type,
    status: r.status,
    amountFen: r.amountFen,
    channel: r.channel,
    mcc: r.mcc ?? null,
    merchantName: r.merchantName ?? null,
    counterpartyWalletId: r.counterpartyWalletId ?? null,
    counterpartyName: r.counterpartyName ?? null,
    cardId: r.cardId ?? null,
    country: r.country ?? "CN",
    crossBorder: r.crossBorder ?? false,
    deviceId: r.deviceId,
    ip: r.ip,
    createdAt: r.createdAt,
  }));
  const out: Scored[] = [];
  let windowStart = 0;
  for (let i = 0; i < txs.length; i++) {
    const tx = txs[i]!;
    const hits: string[] = [];
    if (SCORED_TYPES.has(tx.type) && SCORED_STATUSES.has(tx.status)) {
      const from = tx.createdAt.getTime() - HISTORY_DAYS * DAY;
      while (txs[windowStart]!.createdAt.getTime() < from) windowStart++;
      const history: WalletHistory = {
        prior: txs.slice(windowStart, i),
        lastActivityBeforeWindow: windowStart > 0 ? txs[windowStart - 1]!.createdAt : null,
        customer: { id: String(bundle.customer.id), createdAt: bundle.customer.createdAt as Date, province: bundle.customer.province, city: bundle.customer.city },
        wallet: { id: bundle.wallet.id, activatedAt: (bundle.wallet.activatedAt as Date | null) ?? null, tier: bundle.wallet.tier ?? 1 },
      };
      for (const { rule, params } of RULES) if (rule.evaluate(tx, history, params)) hits.push(rule.code);
    }
    out.push({ row: rows[i]!, hits });
  }
  return out;
}

interface Outcome {
  /** Incidents of each pattern, and how many raised an alert of a rule targeting it. */
  incidents: Map<FraudPattern, { planted: number; caught: number; missed: string[] }>;
  /** Near-misses of each rule, and which fired it. */
  nearMisses: Map<string, { planted: number; fired: string[] }>;
  /** Alerts per rule on labelled and unlabelled transactions. */
  alerts: Map<string, { labelled: number; unlabelled: number }>;
}

function outcome(options: SimOptions): Outcome {
  const result: Outcome = { incidents: new Map(), nearMisses: new Map(), alerts: new Map() };
  const people = watchlist(createRandom(options.seed).fork("watchlist"), options.now).people;
  for (const bundle of generatePopulation(options, people)) {
    if (bundle.transactions.length === 0) continue;
    const scored = scoreWallet(bundle);
    const byIncident = new Map<string, { pattern: FraudPattern; caught: boolean }>();
    for (const { row, hits } of scored) {
      for (const code of hits) {
        const a = result.alerts.get(code) ?? { labelled: 0, unlabelled: 0 };
        if (row.fraudPattern) a.labelled++;
        else a.unlabelled++;
        result.alerts.set(code, a);
      }
      if (!row.fraudPattern) continue;
      const incident = byIncident.get(row.fraudIncident!) ?? { pattern: row.fraudPattern, caught: false };
      const targets = FRAUD_RULES.filter((r) => r.targets.includes(row.fraudPattern!)).map((r) => r.code);
      if (hits.some((code) => targets.includes(code))) incident.caught = true;
      byIncident.set(row.fraudIncident!, incident);
    }
    for (const [id, incident] of byIncident) {
      const entry = result.incidents.get(incident.pattern) ?? { planted: 0, caught: 0, missed: [] };
      entry.planted++;
      if (incident.caught) entry.caught++;
      else entry.missed.push(id);
      result.incidents.set(incident.pattern, entry);
    }
    if (bundle.nearMiss) {
      const entry = result.nearMisses.get(bundle.nearMiss.rule) ?? { planted: 0, fired: [] };
      entry.planted++;
      const rows = new Set(bundle.nearMiss.rows);
      if (scored.some((s) => rows.has(s.row) && s.hits.includes(bundle.nearMiss!.rule))) entry.fired.push(bundle.wallet.id);
      result.nearMisses.set(bundle.nearMiss.rule, entry);
    }
  }
  return result;
}

describe("planted incidents and near-misses against the rules' defaults", () => {
  it("on the integration population (150 customers, 20 days): every planted incident is caught, no near-miss fires", () => {
    const result = outcome(simOptions({ customers: 150, days: 20, seed: 7, now: new Date("2026-11-11T06:30:00Z") }));
    for (const [pattern, entry] of result.incidents) expect(entry.missed, pattern).toEqual([]);
    for (const [rule, entry] of result.nearMisses) expect(entry.fired, rule).toEqual([]);
    expect(result.incidents.size).toBe(FRAUD_PATTERNS.length - 1);
  }, 60_000);

  it("on the e2e population (300 customers, 30 days): every planted incident is caught, no near-miss fires", () => {
    const result = outcome(simOptions({ customers: 300, days: 30, seed: DEMO_OPTIONS.seed, now: new Date("2026-12-03T02:00:00Z") }));
    for (const [pattern, entry] of result.incidents) expect(entry.missed, pattern).toEqual([]);
    for (const [rule, entry] of result.nearMisses) expect(entry.fired, rule).toEqual([]);
    expect(result.incidents.size).toBe(FRAUD_PATTERNS.length - 1);
  }, 60_000);

  it("on a demo-sized population (90 days): every pattern caught, no near-miss fires", () => {
    const result = outcome(simOptions({ customers: 400, days: 90, seed: 20261111, now: new Date("2026-11-27T04:00:00Z") }));
    for (const [pattern, entry] of result.incidents) expect(entry.missed, pattern).toEqual([]);
    for (const [rule, entry] of result.nearMisses) expect(entry.fired, rule).toEqual([]);
    expect(result.incidents.size).toBe(FRAUD_PATTERNS.length);
    if (process.env.SIM_REPORT) {
      console.log(Object.fromEntries([...result.incidents].map(([k, v]) => [k, `${v.caught}/${v.planted}`])));
      console.log(Object.fromEntries([...result.alerts].map(([k, v]) => [k, `${v.labelled} labelled, ${v.unlabelled} unlabelled`])));
    }
  }, 60_000);
});
