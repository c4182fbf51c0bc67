// What changes between two rule versions: each parameter, the severity and whether the rule is on. Pure,
// for the versions history, the approver's view and the approval's audit event.
import type { AlertSeverity } from "@/lib/generated/prisma/enums";

export interface ComparableVersion {
  params: Record<string, number>;
  severity: AlertSeverity;
  enabled: boolean;
}

export type VersionChange =
  | { kind: "param"; key: string; before: number | null; after: number | null }
  | { kind: "severity"; before: AlertSeverity; after: AlertSeverity }
  | { kind: "enabled"; before: boolean; after: boolean };

/**
 * The changes from `before` to `after`, parameters first in `order` (the rule's spec order), then any
 * stored parameter the spec no longer names. A parameter missing on one side reads as its default.
 */
export function diffVersions(before: ComparableVersion, after: ComparableVersion, order: readonly string[] = [], defaults: Record<string, number> = {}): VersionChange[] {
  const changes: VersionChange[] = [];
  const keys = [...order, ...[...new Set([...Object.keys(before.params), ...Object.keys(after.params)])].filter((k) => !order.includes(k)).sort()];
  for (const key of keys) {
    const a = before.params[key] ?? defaults[key] ?? null;
    const b = after.params[key] ?? defaults[key] ?? null;
    if (a !== b) changes.push({ kind: "param", key, before: a, after: b });
  }
  if (before.severity !== after.severity) changes.push({ kind: "severity", before: before.severity, after: after.severity });
  if (before.enabled !== after.enabled) changes.push({ kind: "enabled", before: before.enabled, after: after.enabled });
  return changes;
}

/** The changes as the audit trail records them: before and after objects with only what changed. */
export function auditDiff(changes: readonly VersionChange[]): { before: Record<string, unknown>; after: Record<string, unknown> } {
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  const beforeParams: Record<string, number | null> = {};
  const afterParams: Record<string, number | null> = {};
  for (const c of changes) {
    if (c.kind === "param") {
      beforeParams[c.key] = c.before;
      afterParams[c.key] = c.after;
    } else {
      before[c.kind] = c.before;
      after[c.kind] = c.after;
    }
  }
  if (Object.keys(beforeParams).length > 0) {
    before.params = beforeParams;
    after.params = afterParams;
  }
  return { before, after };
}
