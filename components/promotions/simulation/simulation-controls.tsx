"use client";
// The simulation controls of one version: a window (presets of the last 7 / 30 / 90 days, or any whole
// Beijing days), start, the latest run's progress (polled every second while it is queued or running, one
// primary-key read each), cancel, and the result once it is done. The run happens in the worker process
// (lib/promotions/simulation/runner.ts).
import { useEffect, useId, useState } from "react";
import { useRouter } from "next/navigation";
import { SimulationResultView } from "@/components/promotions/simulation/simulation-result";
import { AlertBanner } from "@/components/ui/alert-banner";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { useVersionedAction } from "@/components/ui/use-versioned-action";
import type { BacktestStatus } from "@/lib/generated/prisma/enums";
import { DataValue, fillNodes } from "@/lib/i18n/data-value";
import { fill } from "@/lib/i18n/fill";
import { useLocale, useMessages } from "@/lib/i18n/provider";
import { formatCount } from "@/lib/money";
import { cancelSimulationAction, simulationProgressAction, startSimulationAction } from "@/lib/promotions/simulation/actions";
import type { SimulationResult } from "@/lib/promotions/simulation/result";
import { presetWindow, SIMULATION_PRESETS } from "@/lib/promotions/simulation/window";

export interface SimulationSummary {
  id: string;
  status: BacktestStatus;
  progress: number;
  total: number;
  cancelRequested: boolean;
  error: string | null;
  fromDay: string;
  toDay: string;
  requestedBy: string;
  requestedAt: string;
  /** The version changed after this run was queued. */
  stale: boolean;
  result: SimulationResult | null;
}

const LIVE: readonly BacktestStatus[] = ["QUEUED", "RUNNING"];
const TONE = { QUEUED: "neutral", RUNNING: "info", DONE: "success", CANCELLED: "neutral", FAILED: "danger" } as const;

export function SimulationControls({ versionId, canStart, latest, defaultFrom, defaultTo, lastDay }: {
  versionId: string;
  canStart: boolean;
  latest: SimulationSummary | null;
  defaultFrom: string;
  defaultTo: string;
  /** The last day a window may end on (yesterday): the presets end there. */
  lastDay: string;
}) {
  const m = useMessages("promotionSimulation");
  const locale = useLocale();
  const router = useRouter();
  const id = useId();
  const [from, setFrom] = useState(defaultFrom);
  const [to, setTo] = useState(defaultTo);
  const [live, setLive] = useState<{ id: string; status: BacktestStatus; progress: number; total: number; cancelRequested: boolean } | null>(null);
  const start = useVersionedAction<{ simulationId: string }>(latest?.id);
  const cancel = useVersionedAction<{ status: string }>(latest?.id);
  const current = latest && live?.id === latest.id ? { ...latest, ...live } : latest;
  const running = current !== null && LIVE.includes(current.status);

  useEffect(() => {
    if (!latest || !LIVE.includes(latest.status)) return;
    let stopped = false;
    const timer = setInterval(async () => {
      const r = await simulationProgressAction({ simulationId: latest.id });
      if (stopped || !r.ok) return;
      setLive({ id: latest.id, ...r.data });
      if (!LIVE.includes(r.data.status)) {
        stopped = true;
        clearInterval(timer);
        router.refresh();
      }
    }, 1000);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [latest, router]);

  const onPreset = (days: number) => {
    const w = presetWindow(lastDay, days);
    setFrom(w.fromDay);
    setTo(w.toDay);
  };
  const onStart = () => start.run(() => startSimulationAction({ versionId, fromDay: from, toDay: to }), (r) => r.ok && router.refresh());
  const onCancel = () => current && cancel.run(() => cancelSimulationAction({ simulationId: current.id }), (r) => r.ok && router.refresh());
  const percent = current && current.total > 0 ? Math.min(100, Math.round((current.progress / current.total) * 100)) : 0;

  return (
    <div className="flex flex-col gap-3" data-testid={`simulation-${versionId}`}>
      {canStart ? (
        <div className="flex flex-col gap-2">
          <div className="flex flex-wrap items-center gap-2" role="group" aria-label={m.window}>
            {SIMULATION_PRESETS.map((days) => {
              const w = presetWindow(lastDay, days);
              const chosen = w.fromDay === from && w.toDay === to;
              return (
                <Button key={days} size="sm" variant={chosen ? "secondary" : "ghost"} aria-pressed={chosen} onClick={() => onPreset(days)} data-testid={`simulation-preset-${days}`}>
                  {fill(m.preset, { days: String(days) })}
                </Button>
              );
            })}
          </div>
          <div className="flex flex-wrap items-end gap-2">
            <Field label={m.fromDay} htmlFor={`${id}-from`} error={start.error?.fieldErrors?.fromDay}>
              <Input id={`${id}-from`} type="date" value={from} max={lastDay} onChange={(e) => setFrom(e.target.value)} data-testid="simulation-from" className="w-40" />
            </Field>
            <Field label={m.toDay} htmlFor={`${id}-to`} error={start.error?.fieldErrors?.toDay}>
              <Input id={`${id}-to`} type="date" value={to} max={lastDay} onChange={(e) => setTo(e.target.value)} data-testid="simulation-to" className="w-40" />
            </Field>
            <Button variant="secondary" onClick={onStart} loading={start.pending} disabled={running} data-testid="simulation-start">
              {start.pending ? m.starting : m.start}
            </Button>
          </div>
        </div>
      ) : null}
      {start.error && !start.error.fieldErrors ? <AlertBanner tone="danger">{start.error.message}</AlertBanner> : null}
      {current ? (
        <div className="flex flex-col gap-2" data-testid="simulation-latest" data-status={current.status}>
          <div className="flex flex-wrap items-center gap-2 text-xs text-ink-muted">
            <Badge tone={TONE[current.status]} data-testid="simulation-status">{m.status[current.status]}</Badge>
            <span>{fillNodes(m.requested, { name: <DataValue>{current.requestedBy}</DataValue>, time: current.requestedAt, from: current.fromDay, to: current.toDay })}</span>
          </div>
          {running ? (
            <div className="flex flex-col gap-1">
              <div className="h-2 w-full overflow-hidden rounded-full bg-surface-muted" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} aria-label={m.title}>
                <div className="h-full bg-brand-600 transition-[width]" style={{ width: `${percent}%` }} />
              </div>
              <div className="flex items-center justify-between gap-2 text-xs text-ink-muted">
                <span data-testid="simulation-progress">{fill(m.progress, { done: formatCount(current.progress, locale), total: formatCount(current.total, locale) })}</span>
                {canStart ? (
                  <Button size="sm" variant="ghost" onClick={onCancel} loading={cancel.pending} disabled={current.cancelRequested} data-testid="simulation-cancel">
                    {cancel.pending ? m.cancelling : m.cancel}
                  </Button>
                ) : null}
              </div>
              {current.cancelRequested ? <p className="text-xs text-ink-subtle">{m.cancelRequested}</p> : null}
            </div>
          ) : null}
          {cancel.error ? <AlertBanner tone="danger">{cancel.error.message}</AlertBanner> : null}
          {current.status === "FAILED" && current.error ? <AlertBanner tone="danger">{fillNodes(m.failed, { error: <DataValue>{current.error}</DataValue> })}</AlertBanner> : null}
          {current.status === "DONE" && current.stale ? <AlertBanner tone="warning">{m.stale}</AlertBanner> : null}
          {current.status === "DONE" && current.result ? <SimulationResultView result={current.result} fromDay={current.fromDay} toDay={current.toDay} /> : null}
        </div>
      ) : (
        <p className="text-sm text-ink-subtle" data-testid="simulation-none">{m.none}</p>
      )}
    </div>
  );
}
