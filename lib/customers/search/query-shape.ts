// What the browser may know about a customer search query: pure and dependency-free (the classifier in
// search/classify.ts pulls in a pinyin dictionary), so the search box can tell that a query is a whole ID
// number, which must not go into the URL, exactly as the classifier reads it.
export const MAX_QUERY_LENGTH = 100;

export const FULL_ID_NUMBER = /^\d{17}[\dX]$/;

/** The query as the classifier compares it: NFKC (full-width digits), upper case, no spaces. */
export function normaliseIdQuery(raw: string): string {
  return raw.normalize("NFKC").trim().toUpperCase().replace(/\s+/g, "");
}

export function isFullIdNumberQuery(raw: string): boolean {
  return FULL_ID_NUMBER.test(normaliseIdQuery(raw));
}
