"use client";
// Runs a server action and keeps its last result, so a panel or form can say what happened, without React's
// automatic form reset (a refused submission keeps what was typed). `version` names the record's version as
// the page last loaded it (a number, or an updatedAt): a failure seen on an older version is dropped when the
// page brings a newer one. Forms that create something pass no version.
import { useCallback, useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/result";

export function useVersionedAction<T>(version?: number | string) {
  const [result, setResult] = useState<ActionResult<T> | null>(null);
  const [seenVersion, setSeenVersion] = useState(version);
  const [pending, startTransition] = useTransition();
  if (seenVersion !== version) {
    setSeenVersion(version);
    if (result && !result.ok) setResult(null);
  }
  const run = (call: () => Promise<ActionResult<T>>, then?: (result: ActionResult<T>) => void) =>
    startTransition(async () => {
      const next = await call();
      setResult(next);
      then?.(next);
    });
  const clear = useCallback(() => setResult(null), []);
  const error = result && !result.ok ? result : null;
  return { result, error, pending, run, clear };
}
