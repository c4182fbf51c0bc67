// What every CSV export of the console shares: cells a spreadsheet cannot run as formulas, and a byte
// stream that pulls its records a batch at a time as the reader reads. UTF-8 with a BOM, or Excel garbles
// Chinese. No server-only import: benchmarks and tests drive the very same stream.
import { Readable } from "node:stream";
import { stringify } from "csv-stringify/sync";

/**
 * Text a spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a leading apostrophe; a plain
 * negative number does not. User agents, merchant names and the emails of failed sign-ins come from
 * strangers; opening an export must not run them.
 */
export function spreadsheetSafe(value: string): string {
  // A negative number (-26606.55) is not a formula: it stays a number the reader can add up.
  if (/^-\d+(\.\d+)?$/.test(value)) return value;
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * Batches of records -> CSV bytes (BOM, a header row, CRLF), pulled with back-pressure: the next batch is
 * read only when the reader has taken the last one, so one batch is in memory at a time, and cancelling
 * the stream returns the source (which closes what it opened). A batch is written in one go: streaming
 * record by record through csv-stringify's transform cost about twice the time for the same bytes.
 */
export function csvByteStream<K extends string>(batches: AsyncIterable<Record<K, string>[]>, columns: { key: K; header: string }[], label: string): Readable {
  async function* chunks() {
    yield Buffer.from(stringify([], { bom: true, header: true, columns, record_delimiter: "windows" }));
    try {
      for await (const batch of batches) {
        if (batch.length > 0) yield Buffer.from(stringify(batch, { columns, record_delimiter: "windows" }));
      }
    } catch (error) {
      // The response has started, so the status cannot change: the download ends early and the reader sees
      // it is cut short (no final line); the server log says why.
      console.error(`[${label}] stream failed`, error);
      throw error;
    }
  }
  return Readable.from(chunks(), { objectMode: false });
}

/** The HTTP answer of an export: the stream as an attachment, never cached, never sniffed as anything else. */
export function csvAttachment(csv: Readable, filename: string): Response {
  return new Response(Readable.toWeb(csv) as ReadableStream<Uint8Array>, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
