// One page of a keyset walk, the same for every list of the console (KYC queue, customers, transactions):
// fetch a page and one more row to know whether another follows, turn a backward read around, and name
// the neighbouring pages by the rows at the page's edges. No OFFSET: a deep page costs what page 1 costs.

export interface KeysetPage<Row> {
  rows: Row[];
  /** Cursor tokens for the neighbouring pages, or null where there is none. */
  prev: string | null;
  next: string | null;
}

export interface KeysetRead<Cursor extends { direction: "after" | "before" }, Raw, Row> {
  cursor: Cursor | null;
  pageSize: number;
  /** At most `limit` rows after the cursor in reading order (before it: in reverse order). */
  fetch: (cursor: Cursor | null, limit: number) => Promise<Raw[]>;
  toRow: (raw: Raw) => Row;
  /** The cursor token naming a row's position. */
  encode: (row: Row) => string;
}

export async function readKeysetPage<Cursor extends { direction: "after" | "before" }, Raw, Row>(read: KeysetRead<Cursor, Raw, Row>): Promise<KeysetPage<Row>> {
  const { cursor, pageSize } = read;
  const fetched = await read.fetch(cursor, pageSize + 1);
  const more = fetched.length > pageSize;
  const page = fetched.slice(0, pageSize);
  const backwards = cursor?.direction === "before";
  if (backwards) {
    // Walking back reached the start: show the first page whole rather than a short one.
    if (!more) return readKeysetPage({ ...read, cursor: null });
    page.reverse();
  }
  const rows = page.map(read.toRow);
  const first = rows[0];
  const last = rows.at(-1);
  const hasPrev = backwards ? more : cursor !== null;
  const hasNext = backwards ? true : more;
  return {
    rows,
    prev: hasPrev && first ? read.encode(first) : null,
    next: hasNext && last ? read.encode(last) : null,
  };
}
