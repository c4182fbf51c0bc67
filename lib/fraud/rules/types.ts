// The contract every fraud rule keeps. A rule is a pure function over one transaction and the wallet's
// recent history, with its parameters from the database (the active or a draft FraudRuleVersion). The
// scoring worker, the decision API and the backtest all evaluate rules through this one contract, so a
// rule scores the same wherever it runs. Nothing here touches the database or the clock.
import type { AlertSeverity, FraudPattern, TransactionChannel, TransactionStatus, TransactionType } from "@/lib/generated/prisma/enums";

/** A transaction as the rules see it. `id` is null for a proposed transaction (the decision API). */
export interface ScoredTransaction {
  id: bigint | null;
  walletId: string;
  type: TransactionType;
  status: TransactionStatus;
  amountFen: bigint;
  channel: TransactionChannel;
  mcc: string | null;
  merchantName: string | null;
  counterpartyWalletId: string | null;
  counterpartyName: string | null;
  cardId: string | null;
  /** ISO 3166 alpha-2 of the merchant or the counterparty's bank. */
  country: string;
  crossBorder: boolean;
  deviceId: string;
  ip: string;
  createdAt: Date;
}

/** How far back the history a rule sees reaches (days before the scored transaction). */
export const HISTORY_DAYS = 30;

export interface WalletHistory {
  /**
   * The wallet's transactions strictly before the scored one (by createdAt, then id) and at most
   * HISTORY_DAYS older, oldest first. Every status is included: card testing counts failures.
   */
  prior: readonly ScoredTransaction[];
  /** The wallet's latest transaction before the HISTORY_DAYS window, if any: for dormancy. */
  lastActivityBeforeWindow: Date | null;
  customer: {
    id: string;
    createdAt: Date;
    province: string;
    city: string;
  };
  wallet: {
    id: string;
    activatedAt: Date | null;
    tier: number;
  };
}

/** Text in the console's two languages. */
export interface Localized {
  "zh-CN": string;
  en: string;
}

/** What a rule reports when it fires. */
export interface RuleHit {
  /** 0-100: how strongly the facts exceed the threshold; the decision API's block/review cut-offs read it. */
  score: number;
  /** The reason in words an officer would put in a report, with the measured values and the threshold. */
  explanation: Localized;
  /** The transactions that make up the pattern (the scored one included when it has an id). */
  transactionIds: bigint[];
  /** The measured values behind the explanation, for the investigation page and the report. */
  facts: Record<string, number | string>;
}

export type ParamUnit = "fen" | "count" | "minutes" | "hours" | "days" | "ratio" | "multiple" | "hour-of-day";

export interface ParamSpec {
  label: Localized;
  unit: ParamUnit;
  min: number;
  max: number;
  /** Whole numbers only (all units but ratio and multiple). */
  integer: boolean;
  default: number;
}

export interface FraudRuleDefinition<P extends Record<string, number> = Record<string, number>> {
  /** Stable code, also the FraudRule.code and the id suffix (rule_<code lower-case>). */
  code: string;
  name: Localized;
  description: Localized;
  /** The suspicious-transaction characteristic it evidences (lib/fraud/rules/characteristics.ts). */
  characteristic: string;
  defaultSeverity: AlertSeverity;
  /** The planted patterns (simulator labels) this rule is meant to catch: its recall is measured on them. */
  targets: readonly FraudPattern[];
  params: { readonly [K in keyof P]: ParamSpec };
  evaluate(tx: ScoredTransaction, history: WalletHistory, params: P): RuleHit | null;
}
