"use client";
// Runs a server action on a versioned record and keeps its last result, so the panel can say what happened. A failure
// seen on an older version of the record is dropped when the page brings a newer one.
import { useCallback, useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/result";

export function useVersionedAction<T>(version: number) {
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
  return { result, pending, run, clear };
}
