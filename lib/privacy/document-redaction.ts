// Document scans as every role sees them by default: the simulator marks each personal-data <text> of a scan
// (lib/privacy/document-marks.ts); this hides what is marked, box for box, and refuses every document it
// cannot read strictly, that lacks a mark its kind must carry, or that still shows a known secret after
// redaction. A refusal is the safe failure: the reviewer sees "could not load", never the ID number. Fields
// a staff member has revealed (pii:reveal's audited reveal, lib/privacy/reveal-scans.ts) are kept whole.
import { DOCUMENT_PII_FIELDS, PII_ATTRIBUTE, type DocumentPiiField } from "@/lib/privacy/document-marks";
import { MASKS, treatment } from "@/lib/privacy/policy";
import { parseSvg, SvgParseError, writeSvg, type SvgElement, type SvgNode } from "@/lib/privacy/svg-tokens";

/** How each field is hidden on a redacted scan, as lib/privacy/policy.ts says for every role before a reveal:
 *  a masked field keeps the console's usual mask (the ID number: same characters in a fixed-width face, so
 *  the same box); a hidden one becomes a bar over its box. */
function documentMask(field: DocumentPiiField): { mask: (value: string) => string } | "bar" | "keep" {
  const how = treatment(field, "documentImage");
  return how === "masked" ? { mask: MASKS[field] } : how === "hidden" ? "bar" : "keep";
}

/** What each kind of scan must carry marks for; a scan of that kind without them is not served redacted. */
const REQUIRED_MARKS: Readonly<Record<string, readonly DocumentPiiField[]>> = {
  ID_FRONT: DOCUMENT_PII_FIELDS,
};

export type RedactionResult = { ok: true; svg: string; hidden: DocumentPiiField[] } | { ok: false; reason: "not-svg" | "malformed" | "unmarked" | "leak" };

const BAR_FILL = "#161616";

function attribute(element: SvgElement, key: string): string | undefined {
  return element.attributes.find(([k]) => k === key)?.[1];
}

function number(element: SvgElement, key: string, fallback?: number): number {
  const raw = attribute(element, key);
  const value = raw === undefined ? fallback : Number(raw);
  if (value === undefined || !Number.isFinite(value)) throw new SvgParseError(`<text> without a numeric ${key}`);
  return value;
}

/** The box a single-line <text> covers, from its position, size, anchor and characters (CJK 1 em, others 0.6 em). */
function textBox(element: SvgElement, text: string): { x: number; y: number; width: number; height: number } {
  const size = number(element, "font-size");
  const spacing = number(element, "letter-spacing", 0);
  const chars = Array.from(text);
  const width = chars.reduce((sum, ch) => sum + (ch.codePointAt(0)! >= 0x2e80 ? 1 : 0.6) * size, 0) + spacing * chars.length;
  const anchor = attribute(element, "text-anchor") ?? "start";
  const shift = { start: 0, middle: width / 2, end: width }[anchor];
  if (shift === undefined) throw new SvgParseError(`unknown text-anchor ${anchor}`);
  const round = (value: number) => Math.round(value * 10) / 10;
  return { x: round(number(element, "x") - shift - 3), y: round(number(element, "y") - size * 0.95), width: round(width + 6), height: round(size * 1.25) };
}

function redactElement(element: SvgElement, field: DocumentPiiField, whole: readonly DocumentPiiField[]): SvgElement {
  if (element.name !== "text" || element.children.some((child) => typeof child !== "string")) throw new SvgParseError("a personal-data mark on something other than plain <text>");
  const text = element.children.join("");
  const policy = whole.includes(field) ? "keep" : documentMask(field);
  if (policy === "keep") return element;
  if (policy !== "bar") {
    const attributes = element.attributes.filter(([key]) => key !== PII_ATTRIBUTE);
    return { name: "text", attributes: [...attributes, ["data-redacted", field]], children: [policy.mask(text.trim())] };
  }
  const box = textBox(element, text);
  return {
    name: "rect",
    attributes: [["x", String(box.x)], ["y", String(box.y)], ["width", String(box.width)], ["height", String(box.height)], ["rx", "3"], ["fill", BAR_FILL], ["data-redacted", field]],
    children: [],
  };
}

function walk(node: SvgNode, found: Set<DocumentPiiField>, whole: readonly DocumentPiiField[]): SvgNode {
  if (typeof node === "string") return node;
  const mark = attribute(node, PII_ATTRIBUTE);
  if (mark !== undefined) {
    if (!(DOCUMENT_PII_FIELDS as readonly string[]).includes(mark)) throw new SvgParseError(`unknown personal-data mark ${mark}`);
    found.add(mark as DocumentPiiField);
    return redactElement(node, mark as DocumentPiiField, whole);
  }
  return { ...node, children: node.children.map((child) => walk(child, found, whole)) };
}

function textOf(node: SvgNode): string {
  return typeof node === "string" ? node : node.attributes.map(([, v]) => v).join(" ") + " " + node.children.map(textOf).join(" ");
}

/**
 * The scan with its personal data hidden, but for the fields in `whole` (revealed by this staff member).
 * `secrets` are values the result must not contain in any form (the submission's ID number and address,
 * as entered and as read, leaving out the fields kept whole): a last check that catches a scan whose marks
 * are missing or wrong.
 */
export function redactDocument(document: { kind: string; mimeType: string; content: string }, secrets: readonly string[], whole: readonly DocumentPiiField[] = []): RedactionResult {
  if (document.mimeType !== "image/svg+xml") return { ok: false, reason: "not-svg" };
  const found = new Set<DocumentPiiField>();
  let redacted: SvgElement;
  try {
    redacted = walk(parseSvg(document.content), found, whole) as SvgElement;
  } catch (error) {
    if (error instanceof SvgParseError) return { ok: false, reason: "malformed" };
    throw error;
  }
  if ((REQUIRED_MARKS[document.kind] ?? []).some((field) => !found.has(field))) return { ok: false, reason: "unmarked" };
  const shown = textOf(redacted).replace(/\s+/g, "");
  if (secrets.some((secret) => secret.replace(/\s+/g, "").length >= 6 && shown.includes(secret.replace(/\s+/g, "")))) return { ok: false, reason: "leak" };
  return { ok: true, svg: writeSvg(redacted), hidden: [...found].filter((field) => !whole.includes(field)) };
}
