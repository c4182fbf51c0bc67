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

/** A page's URL query, as a server page receives it or as the browser holds it. */
export type SearchParams = URLSearchParams | Record<string, string | string[] | undefined>;

/** One query parameter: the first of repeated values; an empty value counts as absent. */
export function searchParam(params: SearchParams, key: string): string | undefined {
  const value = params instanceof URLSearchParams ? (params.get(key) ?? undefined) : params[key];
  const single = Array.isArray(value) ? value[0] : value;
  return single === "" ? undefined : single;
}

/** The page position in a list's URL (`after` wins over `before`), decoded and checked by the list's own reader. */
export function readPageCursor<C>(params: SearchParams, decode: (token: string, direction: "after" | "before") => C | null): C | null {
  const after = searchParam(params, "after");
  if (after) return decode(after, "after");
  const before = searchParam(params, "before");
  return before ? decode(before, "before") : null;
}
