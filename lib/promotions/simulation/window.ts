// A simulation's window: whole Shanghai days up to today at the latest (never the future),
// at most a year and a day. The presets count back from today, today included.
import { nextDay } from "@/lib/fraud/backtest/result";
import { daysInWindow, windowOf } from "@/lib/fraud/backtest/window";
import { shanghaiDay } from "@/lib/time";

export { daysInWindow, windowOf };

/** Longest window a simulation may cover, in days. */
export const MAX_SIMULATION_DAYS = 366;
export const SIMULATION_PRESETS = [7, 30, 90] as const;
export type SimulationPreset = (typeof SIMULATION_PRESETS)[number];

/** The last `days` Shanghai days up to `today`, both included. */
export function presetWindow(today: string, days: number): { fromDay: string; toDay: string } {
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - (days - 1));
  return { fromDay: d.toISOString().slice(0, 10), toDay: today };
}

/** Every day of the window, in order. */
export function daysOf(fromDay: string, toDay: string): string[] {
  const out: string[] = [];
  for (let day = fromDay; day <= toDay; day = nextDay(day)) out.push(day);
  return out;
}

/** The last whole Shanghai day before `now` (yesterday): where the default window and the presets end. */
export function lastWholeDay(now = new Date()): string {
  return shanghaiDay(new Date(now.getTime() - 86_400_000));
}
