// A stored backtest as the client panel takes it: strings for times, every day of the window, and whether
// the version changed after it ran.
import type { BacktestSummary } from "@/components/rules/backtest-panel";
import type { BacktestView } from "@/lib/fraud/backtest/read";
import { alertsPerDay } from "@/lib/fraud/backtest/result";
import { formatDateTime, shanghaiDay } from "@/lib/time";

export function backtestSummary(view: BacktestView | undefined, versionRowVersion: number): BacktestSummary | null {
  if (!view) return null;
  const result = view.result;
  return {
    id: view.id,
    status: view.status,
    progress: view.progress,
    total: view.total,
    cancelRequested: view.cancelRequested,
    error: view.error,
    fromDay: view.fromDay,
    toDay: view.toDay,
    requestedBy: view.requestedBy,
    requestedAt: formatDateTime(view.createdAt),
    stale: result !== null && result.draftRowVersion !== versionRowVersion,
    comparison: result?.quality ? { days: alertsPerDay(result, view.fromDay, view.toDay), quality: result.quality } : null,
  };
}

/** The default window: the three Beijing days before today. */
export function defaultWindow(now = new Date()): { from: string; to: string } {
  const day = (offset: number) => shanghaiDay(new Date(now.getTime() - offset * 86_400_000));
  return { from: day(3), to: day(1) };
}
