// A keyset position as it travels in a URL: a JSON array of ASCII values (sort names, ISO times, ids,
// integers) in base64url, so btoa/atob serve server and browser alike. Each list validates what it
// decodes; a token that is not even an array is no position at all.

export function encodeCursorToken(parts: readonly (string | number)[]): string {
  return btoa(JSON.stringify(parts)).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

export function decodeCursorToken(token: string): unknown[] | null {
  try {
    const parts: unknown = JSON.parse(atob(token.replaceAll("-", "+").replaceAll("_", "/")));
    return Array.isArray(parts) ? parts : null;
  } catch {
    return null;
  }
}

/** A time as cursors carry it: ISO 8601 UTC with milliseconds, and a real instant. */
export function isCursorTime(value: unknown): value is string {
  return typeof value === "string" && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(value) && !Number.isNaN(Date.parse(value));
}
