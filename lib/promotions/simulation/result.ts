// What a simulation keeps in promotion_simulation.result: while it runs, where it got to and the figures so
// far (the page shows them growing); once DONE, the answer the approver reads. Money is fen as decimal
// strings (JSON has no bigint). Pure: the runner writes it, the page reads it.
import type { RewardDecision } from "@/lib/promotions/rules/types";
import { daysOf } from "@/lib/promotions/simulation/window";

export interface DayFigures {
  costFen: string;
  rewards: number;
}

export interface SimulationResult {
  /** The last event replayed, in (time, id) order; null before the first chunk. */
  cursor: { at: string; id: string } | null;
  /** The version's rowVersion when the run was queued: a later edit makes the result stale. */
  versionRowVersion: number;
  budgetFen: string;
  /** Cash plus the points' value. */
  costFen: string;
  cashFen: string;
  points: number;
  rewards: number;
  /** Distinct customers rewarded. */
  customers: number;
  /** Cost that went to customers with any fraud alert raised at or before the window's end. */
  alertedCostFen: string;
  /** Of that, to customers with a CONFIRMED alert. */
  confirmedCostFen: string;
  alertedCustomers: number;
  /** Per Shanghai day (YYYY-MM-DD); days without rewards are absent. */
  days: Record<string, DayFigures>;
  /** Per merchant category code of the rewarded payments ("" for bonuses and payments without one). */
  mccs: Record<string, DayFigures>;
  /** The Shanghai day the budget ran out (nothing left to pay), or null. */
  exhaustedDay: string | null;
}

export function emptySimulationResult(versionRowVersion: number, budgetFen: bigint): SimulationResult {
  return {
    cursor: null,
    versionRowVersion,
    budgetFen: String(budgetFen),
    costFen: "0",
    cashFen: "0",
    points: 0,
    rewards: 0,
    customers: 0,
    alertedCostFen: "0",
    confirmedCostFen: "0",
    alertedCustomers: 0,
    days: {},
    mccs: {},
    exhaustedDay: null,
  };
}

/** The stored JSON as a result, or null when it is not one. */
export function readSimulationResult(value: unknown): SimulationResult | null {
  if (!value || typeof value !== "object" || Array.isArray(value)) return null;
  const v = value as Partial<SimulationResult>;
  if (typeof v.costFen !== "string" || typeof v.budgetFen !== "string" || !v.days || typeof v.days !== "object" || typeof v.versionRowVersion !== "number") return null;
  return { ...emptySimulationResult(v.versionRowVersion, BigInt(v.budgetFen)), ...v } as SimulationResult;
}

/** The running tally in memory (bigint), turned into the stored result after each chunk. */
export class SimulationTally {
  costFen = 0n;
  cashFen = 0n;
  points = 0;
  rewards = 0;
  alertedCostFen = 0n;
  confirmedCostFen = 0n;
  readonly customers = new Set<string>();
  readonly alertedCustomers = new Set<string>();
  readonly days = new Map<string, { costFen: bigint; rewards: number }>();
  readonly mccs = new Map<string, { costFen: bigint; rewards: number }>();
  exhaustedDay: string | null = null;

  constructor(readonly budgetFen: bigint) {}

  get remainingFen(): bigint {
    return this.budgetFen - this.costFen;
  }

  add(decision: RewardDecision, customerId: string, mcc: string | null, alert: { any: boolean; confirmed: boolean } | undefined): void {
    this.costFen += decision.costFen;
    this.cashFen += decision.amountFen;
    this.points += decision.points;
    this.rewards++;
    this.customers.add(customerId);
    if (alert?.any) {
      this.alertedCostFen += decision.costFen;
      this.alertedCustomers.add(customerId);
      if (alert.confirmed) this.confirmedCostFen += decision.costFen;
    }
    bump(this.days, decision.day, decision.costFen);
    bump(this.mccs, mcc ?? "", decision.costFen);
    if (this.exhaustedDay === null && this.remainingFen <= 0n) this.exhaustedDay = decision.day;
  }

  toResult(versionRowVersion: number, cursor: SimulationResult["cursor"]): SimulationResult {
    const figures = (m: Map<string, { costFen: bigint; rewards: number }>) =>
      Object.fromEntries([...m].map(([k, v]) => [k, { costFen: String(v.costFen), rewards: v.rewards }]));
    return {
      cursor,
      versionRowVersion,
      budgetFen: String(this.budgetFen),
      costFen: String(this.costFen),
      cashFen: String(this.cashFen),
      points: this.points,
      rewards: this.rewards,
      customers: this.customers.size,
      alertedCostFen: String(this.alertedCostFen),
      confirmedCostFen: String(this.confirmedCostFen),
      alertedCustomers: this.alertedCustomers.size,
      days: figures(this.days),
      mccs: figures(this.mccs),
      exhaustedDay: this.exhaustedDay,
    };
  }
}

function bump(m: Map<string, { costFen: bigint; rewards: number }>, key: string, costFen: bigint): void {
  const f = m.get(key);
  if (f) {
    f.costFen += costFen;
    f.rewards++;
  } else m.set(key, { costFen, rewards: 1 });
}

/** Every day of the window with its figures, zeros included, and the cumulative cost: the chart's rows. */
export function rewardsPerDay(result: SimulationResult, fromDay: string, toDay: string): { day: string; costFen: bigint; rewards: number; cumulativeFen: bigint }[] {
  let cumulative = 0n;
  return daysOf(fromDay, toDay).map((day) => {
    const f = result.days[day];
    const costFen = f ? BigInt(f.costFen) : 0n;
    cumulative += costFen;
    return { day, costFen, rewards: f?.rewards ?? 0, cumulativeFen: cumulative };
  });
}

/** The categories that took the most cost, largest first ("" = bonuses and payments without a category). */
export function topCategories(result: SimulationResult, take = 5): { mcc: string; costFen: bigint; rewards: number; share: number }[] {
  const total = BigInt(result.costFen);
  return Object.entries(result.mccs)
    .map(([mcc, f]) => ({ mcc, costFen: BigInt(f.costFen), rewards: f.rewards }))
    .sort((a, b) => (b.costFen > a.costFen ? 1 : b.costFen < a.costFen ? -1 : a.mcc.localeCompare(b.mcc)))
    .slice(0, take)
    .map((c) => ({ ...c, share: total === 0n ? 0 : Number((c.costFen * 10_000n) / total) / 10_000 }));
}

/** part / whole as a fraction (0 when there is no cost). */
export function shareOf(part: string, whole: string): number {
  const w = BigInt(whole);
  return w === 0n ? 0 : Number((BigInt(part) * 1_000_000n) / w) / 1_000_000;
}
