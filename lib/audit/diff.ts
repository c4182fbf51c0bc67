// What an audited change changed: before and after flattened to dotted keys and compared key by key.
// Arrays stay whole (a list of roles reads better as one value than as roles.0, roles.1).
//
// Writers record what they know on each side, not a full snapshot: a KYC approval notes the risk level
// it was decided at before, and the wallet it opened after. So a key only one side recorded is not a
// removal or an addition, only a fact; a change is a key both sides recorded with different values
// (an explicit null counts as recorded: that is a field cleared). Only a missing side as a whole (a
// creation, a sign-in) makes every key "added", or "removed".
import { maskPersonalData } from "@/lib/privacy/records";

export type AuditDiffStatus =
  /** Both sides recorded it, with different values (null included). */
  | "changed"
  | "unchanged"
  /** There is no before at all (a creation): every after key is new. */
  | "added"
  /** There is no after at all: every before key is gone. */
  | "removed"
  /** Only the after side recorded it: a fact of the change, nothing to compare with. */
  | "recorded"
  /** Only the before side recorded it: context, not a removal. */
  | "context";

export interface AuditDiffRow {
  key: string;
  /** The leaf value as recorded (JSON); absent when that side did not record the key. */
  before?: unknown;
  after?: unknown;
  status: AuditDiffStatus;
}

/** The key used when before/after is a plain value rather than an object. */
export const WHOLE_VALUE_KEY = "(value)";

function flatten(value: unknown, prefix: string, out: Map<string, unknown>): Map<string, unknown> {
  if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0 && prefix) out.set(prefix, {});
    for (const [key, inner] of entries) flatten(inner, prefix ? `${prefix}.${key}` : key, out);
  } else if (value !== undefined) {
    out.set(prefix || WHOLE_VALUE_KEY, value);
  }
  return out;
}

// JSON text as the identity, so the string "null" and null never compare equal.
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function statusOf(inBefore: boolean, inAfter: boolean, sides: { before: boolean; after: boolean }, before: unknown, after: unknown): AuditDiffStatus {
  if (inBefore && inAfter) return same(before, after) ? "unchanged" : "changed";
  if (inAfter) return sides.before ? "recorded" : "added";
  return sides.after ? "context" : "removed";
}

/** Rows sorted by key. A null or missing side (a creation, a sign-in) has every key added or removed. */
export function auditDiff(before: unknown, after: unknown): AuditDiffRow[] {
  const sides = { before: before !== null && before !== undefined, after: after !== null && after !== undefined };
  // Masked again by today's policy (lib/privacy): events written under an older rule read the same.
  const left = sides.before ? flatten(maskPersonalData(before), "", new Map()) : new Map<string, unknown>();
  const right = sides.after ? flatten(maskPersonalData(after), "", new Map()) : new Map<string, unknown>();
  const keys = [...new Set([...left.keys(), ...right.keys()])].sort();
  return keys.map((key) => {
    const inBefore = left.has(key);
    const inAfter = right.has(key);
    const status = statusOf(inBefore, inAfter, sides, left.get(key), right.get(key));
    return { key, ...(inBefore ? { before: left.get(key) } : {}), ...(inAfter ? { after: right.get(key) } : {}), status };
  });
}

/** What a reader should see first: the changes and the facts the change recorded. */
export function isShownFirst(row: AuditDiffRow): boolean {
  return row.status !== "unchanged" && row.status !== "context";
}

/** Ids in keys such as decidedById, checkerId, assigneeId: candidates to resolve to people. */
export function personIdsIn(rows: readonly AuditDiffRow[]): string[] {
  const ids = new Set<string>();
  for (const row of rows) {
    if (!/Id$/.test(row.key.split(".").at(-1) ?? "")) continue;
    for (const value of [row.before, row.after]) if (typeof value === "string" && value) ids.add(value);
  }
  return [...ids];
}
