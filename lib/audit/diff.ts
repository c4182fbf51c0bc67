// What an audited change changed: before and after flattened to dotted keys and compared key by key.
// Arrays stay whole (a list of roles reads better as one value than as roles.0, roles.1).

export type AuditDiffStatus = "added" | "removed" | "changed" | "unchanged";

export interface AuditDiffRow {
  key: string;
  /** The value as shown (strings bare, everything else as JSON); undefined when the key is absent. */
  before?: string;
  after?: string;
  status: AuditDiffStatus;
}

/** The key used when before/after is a plain value rather than an object. */
export const WHOLE_VALUE_KEY = "(value)";

/** Leaf values as JSON text, so that the string "null" and null never compare equal. */
function flatten(value: unknown, prefix: string, out: Map<string, string>): Map<string, string> {
  if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0 && prefix) out.set(prefix, "{}");
    for (const [key, inner] of entries) flatten(inner, prefix ? `${prefix}.${key}` : key, out);
  } else if (value !== undefined) {
    out.set(prefix || WHOLE_VALUE_KEY, JSON.stringify(value));
  }
  return out;
}

/** Strings without their JSON quotes: people read 李* more easily than "李*". */
function display(json: string): string {
  return json.startsWith('"') ? (JSON.parse(json) as string) : json;
}

/** Rows sorted by key. A null or missing side (a creation, a sign-in) has every key absent. */
export function auditDiff(before: unknown, after: unknown): AuditDiffRow[] {
  const left = before === null || before === undefined ? new Map<string, string>() : flatten(before, "", new Map());
  const right = after === null || after === undefined ? new Map<string, string>() : flatten(after, "", new Map());
  const keys = [...new Set([...left.keys(), ...right.keys()])].sort();
  return keys.map((key) => {
    const b = left.get(key);
    const a = right.get(key);
    const status: AuditDiffStatus = b === undefined ? "added" : a === undefined ? "removed" : a === b ? "unchanged" : "changed";
    return { key, ...(b === undefined ? {} : { before: display(b) }), ...(a === undefined ? {} : { after: display(a) }), status };
  });
}
