"use client";
// Runs a staff server action from a form without React's automatic form reset, so that a refused
// submission keeps what the administrator typed. Errors from an earlier version of the row are dropped
// when the page brings a new version (after "reload").
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/result";

export function useStaffAction<T>(action: (input: unknown) => Promise<ActionResult<T>>, version?: string) {
  const [result, setResult] = useState<ActionResult<T> | null>(null);
  const [seenVersion, setSeenVersion] = useState(version);
  const [pending, startTransition] = useTransition();
  if (seenVersion !== version) {
    setSeenVersion(version);
    if (result && !result.ok) setResult(null);
  }
  const run = (input: unknown, then?: (result: ActionResult<T>) => void) =>
    startTransition(async () => {
      const next = await action(input);
      setResult(next);
      then?.(next);
    });
  const error = result && !result.ok ? result : null;
  return { result, error, pending, run, clear: () => setResult(null) };
}
