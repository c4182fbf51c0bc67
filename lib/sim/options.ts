// What a simulator run makes. The same options (seed and `now` included) always give the same data.
export interface SimOptions {
  seed: number;
  customers: number;
  /** Length of the transaction history, ending at `now`. */
  days: number;
  now: Date;
  /** Average transactions per active wallet per day (2,000 customers x 90 days -> about 100,000 with top-ups). */
  transactionsPerWalletDay: number;
  /** Also make the regulatory reports of the demo (lib/sim/reports.ts): the demo and the e2e consoles ask for
   *  them; integration tests, which make their own, do not. */
  reports?: boolean;
}

export const DEMO_OPTIONS = {
  seed: 20261111,
  customers: 2000,
  days: 90,
  transactionsPerWalletDay: 0.72,
} as const;

export function simOptions(partial: Partial<SimOptions> = {}): SimOptions {
  return { ...DEMO_OPTIONS, now: new Date(), ...partial };
}
