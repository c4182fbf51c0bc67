// Shared bits of the simulated document renderers: escaping, the document shell and seed-driven choices.
// Everything is a pure function of its arguments so the same customer always gets the same scans.

export const FONT_FAMILY = "'Noto Sans CJK SC','Noto Sans SC','PingFang SC','Microsoft YaHei',sans-serif";
/** Card numbers are set in a fixed-width face, as embossed and printed digits are. */
export const MONO_FAMILY = "'DejaVu Sans Mono','Noto Sans Mono','Menlo','Consolas',monospace";

const XML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

/** Makes customer-supplied text safe inside SVG text and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => XML_ESCAPES[ch] ?? ch);
}

export function svgDocument(width: number, height: number, title: string, body: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"` +
    ` font-family="${FONT_FAMILY}">` +
    `<title>${escapeXml(title)}</title>${body}</svg>`
  );
}

/** A well-mixed unsigned hash of (seed, salt), so that nearby seeds still pick unrelated palettes and
 *  each feature (hair, clothes, background) varies independently of the others. */
export function mix(seed: number, salt: number): number {
  let h = (Math.trunc(seed) ^ Math.imul(salt + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

export function pickBySeed<T>(items: readonly T[], seed: number, salt: number): T {
  const item = items[mix(seed, salt) % items.length];
  if (item === undefined) throw new Error("pick from an empty palette");
  return item;
}

/** Integer in [min, max] derived from the seed. */
export function rangeBySeed(min: number, max: number, seed: number, salt: number): number {
  return min + (mix(seed, salt) % (max - min + 1));
}

/** Rounds coordinates so the markup stays short and never carries long digit runs. */
export function num(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** Splits text into lines of at most `maxUnits`, counting CJK characters as 1 and ASCII as 1/2, the way
 *  the ID card wraps its address. */
export function wrapText(text: string, maxUnits: number): string[] {
  const lines: string[] = [];
  let line = "";
  let units = 0;
  for (const ch of Array.from(text)) {
    const width = ch.charCodeAt(0) < 0x80 ? 0.5 : 1;
    if (units + width > maxUnits && line !== "") {
      lines.push(line);
      line = "";
      units = 0;
    }
    line += ch;
    units += width;
  }
  if (line !== "") lines.push(line);
  return lines;
}
