// What the automatic guard measured when it paused a promotion (promotion.guard_finding), read back from
// JSON. Pure and without server imports: the guard banner and the list's marker read it in the browser.

export const GUARD_KINDS = ["BUDGET_FORECAST", "FRAUD_SHARE"] as const;
export type GuardKind = (typeof GUARD_KINDS)[number];

/** The measurement a later decision compares with: a resumed finding re-pauses only when it got worse. */
export interface GuardBaseline {
  measured: number;
  forecastExhaustionDay?: string;
  at: string;
}

export interface GuardFinding {
  kind: GuardKind;
  /**
   * BUDGET_FORECAST: the average daily cost (fen) over the last complete days.
   * FRAUD_SHARE: the percent (one decimal) of the net reward cost that went to customers with open alerts.
   */
  measured: number;
  /** BUDGET_FORECAST: the daily cost (fen) the remaining budget sustains to the end. FRAUD_SHARE: the limit in percent. */
  limit: number;
  /** BUDGET_FORECAST: the day the budget runs out at the measured rate. */
  forecastExhaustionDay?: string;
  /** The evidence: rewards counted and days they span. */
  rewards: number;
  days: number;
  /** When the guard measured it (ISO). */
  at: string;
  /** The last finding of each kind: what a human resumed after. */
  baselines?: Partial<Record<GuardKind, GuardBaseline>>;
}

const isKind = (v: unknown): v is GuardKind => typeof v === "string" && (GUARD_KINDS as readonly string[]).includes(v);

/** The stored JSON as a finding, or null for anything else (null, a row written by something older). */
export function readGuardFinding(json: unknown): GuardFinding | null {
  if (!json || typeof json !== "object" || Array.isArray(json)) return null;
  const o = json as Record<string, unknown>;
  if (!isKind(o.kind) || typeof o.measured !== "number" || typeof o.limit !== "number" || typeof o.at !== "string") return null;
  const baselines: Partial<Record<GuardKind, GuardBaseline>> = {};
  if (o.baselines && typeof o.baselines === "object") {
    for (const [kind, b] of Object.entries(o.baselines as Record<string, unknown>)) {
      if (!isKind(kind) || !b || typeof b !== "object") continue;
      const v = b as Record<string, unknown>;
      if (typeof v.measured === "number" && typeof v.at === "string") {
        baselines[kind] = { measured: v.measured, at: v.at, ...(typeof v.forecastExhaustionDay === "string" ? { forecastExhaustionDay: v.forecastExhaustionDay } : {}) };
      }
    }
  }
  return {
    kind: o.kind,
    measured: o.measured,
    limit: o.limit,
    ...(typeof o.forecastExhaustionDay === "string" ? { forecastExhaustionDay: o.forecastExhaustionDay } : {}),
    rewards: typeof o.rewards === "number" ? o.rewards : 0,
    days: typeof o.days === "number" ? o.days : 0,
    at: o.at,
    baselines,
  };
}

/** A pause the guard made (the list's marker, the banner): PAUSED with an automatic reason. */
export function isGuardPause(promotion: { status: string; pauseReason: string | null }): boolean {
  return promotion.status === "PAUSED" && isKind(promotion.pauseReason);
}
