// Recall and precision of one rule against the simulator's labels, defined once for the backtest page, the
// simulator's quality check and the closing note (docs/fraud-rules-quality.md):
// - incident recall of R = distinct `transaction.fraud_incident` whose `fraud_pattern` is in R.targets with
//   at least one alert of R on any of the incident's transactions / all such incidents in the window;
// - precision of R = R's alerts on transactions with any `fraud_pattern` / all of R's alerts.
// The pure part (ruleQuality) takes the labels of the alerted transactions; storedRuleQuality reads them
// for alerts the worker wrote. No "server-only": scripts and tests use it with their own client.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { FraudPattern } from "@/lib/generated/prisma/enums";

/** The simulator's labels of one alerted transaction (null: an ordinary transaction). */
export interface AlertLabel {
  fraudPattern: FraudPattern | null;
  fraudIncident: string | null;
}

/** One planted incident in the window: its label and pattern. */
export interface PlantedIncident {
  incident: string;
  pattern: FraudPattern;
}

export interface RuleQuality {
  alerts: number;
  /** Alerts on a transaction with any fraud label. */
  truePositives: number;
  falsePositives: number;
  /** truePositives / alerts; null without alerts. */
  precision: number | null;
  /** Incidents of the rule's target patterns in the window. */
  incidents: number;
  /** Of those, the ones with at least one alert of the rule. */
  incidentsCaught: number;
  /** incidentsCaught / incidents; null without incidents. */
  recall: number | null;
}

export function ruleQuality(targets: readonly FraudPattern[], alerted: readonly AlertLabel[], incidents: readonly PlantedIncident[]): RuleQuality {
  const tally = emptyTally();
  for (const label of alerted) tallyAlert(tally, label);
  return qualityOf(tally, targets, incidents);
}

/** What a run keeps of its alerts to measure them at the end (a backtest stores it between chunks). */
export interface QualityTally {
  alerts: number;
  truePositives: number;
  /** Distinct incident labels of the alerted transactions, whatever their pattern (qualityOf filters). */
  incidents: string[];
}

export function emptyTally(): QualityTally {
  return { alerts: 0, truePositives: 0, incidents: [] };
}

export function tallyAlert(tally: QualityTally, label: AlertLabel): void {
  tally.alerts++;
  if (label.fraudPattern === null) return;
  tally.truePositives++;
  if (label.fraudIncident !== null && !tally.incidents.includes(label.fraudIncident)) tally.incidents.push(label.fraudIncident);
}

export function qualityOf(tally: QualityTally, targets: readonly FraudPattern[], incidents: readonly PlantedIncident[]): RuleQuality {
  const targetSet = new Set<FraudPattern>(targets);
  const targetIncidents = new Set<string>();
  for (const i of incidents) if (targetSet.has(i.pattern)) targetIncidents.add(i.incident);
  let caught = 0;
  for (const incident of new Set(tally.incidents)) if (targetIncidents.has(incident)) caught++;
  return {
    alerts: tally.alerts,
    truePositives: tally.truePositives,
    falsePositives: tally.alerts - tally.truePositives,
    precision: tally.alerts === 0 ? null : tally.truePositives / tally.alerts,
    incidents: targetIncidents.size,
    incidentsCaught: caught,
    recall: targetIncidents.size === 0 ? null : caught / targetIncidents.size,
  };
}

type Reader = Pick<Prisma.TransactionClient, "$queryRaw">;

/** Every planted incident with a transaction in [from, to) (an incident's transactions share its pattern). */
export async function plantedIncidents(db: Reader, from: Date, to: Date): Promise<PlantedIncident[]> {
  return db.$queryRaw<PlantedIncident[]>`
    SELECT DISTINCT t.fraud_incident AS incident, t.fraud_pattern::text AS pattern
    FROM "transaction" t
    WHERE t.created_at >= ${from} AND t.created_at < ${to} AND t.fraud_incident IS NOT NULL AND t.fraud_pattern IS NOT NULL`;
}

/** The quality of the alerts the worker wrote for one rule on transactions in [from, to). */
export async function storedRuleQuality(db: Reader, rule: { ruleId: string; targets: readonly FraudPattern[] }, from: Date, to: Date): Promise<RuleQuality> {
  const alerted = await db.$queryRaw<{ fraudPattern: FraudPattern | null; fraudIncident: string | null }[]>`
    SELECT t.fraud_pattern::text AS "fraudPattern", t.fraud_incident AS "fraudIncident"
    FROM fraud_alert a JOIN "transaction" t ON t.id = a.transaction_id
    WHERE a.rule_id = ${rule.ruleId} AND t.created_at >= ${from} AND t.created_at < ${to}`;
  return ruleQuality(rule.targets, alerted, await plantedIncidents(db, from, to));
}
