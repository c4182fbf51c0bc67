// A strict reader and writer for the SVG the simulator writes: elements, double-quoted attributes, text and
// the five XML entities (plus numeric ones). Comments, CDATA, processing instructions, doctypes, scripts and
// anything else are refused, not skipped: document redaction must never serve what it did not understand.

export type SvgNode = SvgElement | string;

export interface SvgElement {
  name: string;
  attributes: [string, string][];
  children: SvgNode[];
}

export class SvgParseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SvgParseError";
  }
}

const NAME = /[A-Za-z_][\w:.-]*/y;
const ATTRIBUTE = /\s+([A-Za-z_][\w:.-]*)="([^"<]*)"/y;
const ENTITY = /&(?:(amp|lt|gt|quot|apos)|#(\d{1,7})|#x([0-9A-Fa-f]{1,6}));/g;
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
/** Elements that could run code or pull in other content: never expected in a scan. */
const FORBIDDEN = new Set(["script", "foreignObject", "iframe", "image", "use", "a", "style", "animate", "set"]);

function decode(raw: string): string {
  if (/&(?!(?:amp|lt|gt|quot|apos|#\d{1,7}|#x[0-9A-Fa-f]{1,6});)/.test(raw)) throw new SvgParseError("unknown entity");
  return raw.replace(ENTITY, (_, named: string | undefined, dec: string | undefined, hex: string | undefined) =>
    named ? NAMED[named]! : String.fromCodePoint(Number.parseInt(dec ?? hex!, dec ? 10 : 16)),
  );
}

export function escapeSvg(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&${{ "&": "amp", "<": "lt", ">": "gt", '"': "quot", "'": "apos" }[ch]};`);
}

/** The document's root element, or SvgParseError. */
export function parseSvg(source: string): SvgElement {
  let at = 0;
  const match = (pattern: RegExp): RegExpExecArray | null => {
    pattern.lastIndex = at;
    const found = pattern.exec(source);
    if (found) at = pattern.lastIndex;
    return found;
  };
  const root: SvgElement = { name: "#document", attributes: [], children: [] };
  const stack: SvgElement[] = [root];
  while (at < source.length) {
    const open = source.indexOf("<", at);
    const end = open === -1 ? source.length : open;
    if (end > at) {
      const text = decode(source.slice(at, end));
      if (stack.length === 1 && text.trim() !== "") throw new SvgParseError("text outside the root element");
      if (stack.length > 1) stack.at(-1)!.children.push(text);
      at = end;
      continue;
    }
    at += 1;
    if (source[at] === "/") {
      at += 1;
      const name = match(NAME)?.[0];
      match(/\s*/y);
      if (source[at] !== ">" || stack.length === 1 || stack.at(-1)!.name !== name) throw new SvgParseError(`unexpected </${name}>`);
      at += 1;
      stack.pop();
      continue;
    }
    const name = match(NAME)?.[0];
    if (!name) throw new SvgParseError("markup other than elements (comment, CDATA, doctype or processing instruction)");
    if (FORBIDDEN.has(name)) throw new SvgParseError(`<${name}> is not expected in a scan`);
    const element: SvgElement = { name, attributes: [], children: [] };
    for (let attribute = match(ATTRIBUTE); attribute; attribute = match(ATTRIBUTE)) {
      const [, key, value] = attribute as unknown as [string, string, string];
      if (element.attributes.some(([k]) => k === key)) throw new SvgParseError(`duplicate attribute ${key}`);
      if (/^on/i.test(key) || /href$/i.test(key)) throw new SvgParseError(`attribute ${key} is not expected in a scan`);
      element.attributes.push([key, decode(value)]);
    }
    match(/\s*/y);
    if (stack.length === 1 && (root.children.length > 0 || name !== "svg")) throw new SvgParseError("the document is not one <svg> element");
    stack.at(-1)!.children.push(element);
    if (source.startsWith("/>", at)) at += 2;
    else if (source[at] === ">") {
      at += 1;
      stack.push(element);
    } else throw new SvgParseError(`malformed start tag <${name}>`);
  }
  if (stack.length !== 1) throw new SvgParseError("unclosed elements");
  const [svg] = root.children;
  if (!svg || typeof svg === "string") throw new SvgParseError("no <svg> element");
  return svg;
}

export function writeSvg(node: SvgNode): string {
  if (typeof node === "string") return escapeSvg(node);
  const attributes = node.attributes.map(([key, value]) => ` ${key}="${escapeSvg(value)}"`).join("");
  if (node.children.length === 0) return `<${node.name}${attributes}/>`;
  return `<${node.name}${attributes}>${node.children.map(writeSvg).join("")}</${node.name}>`;
}
