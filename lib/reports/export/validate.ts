// Checks a report file against the schema kept in the repo (schema/*.xsd) with libxml2 compiled to WASM
// (xmllint-wasm), before the file is stored or offered for download. A refusal names the element libxml2
// objected to and, from the error's line, the report it sits in.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { validateXML } from "xmllint-wasm";
import type { RegulatoryReportKind } from "@/lib/generated/prisma/enums";
import type { FileProblem } from "@/lib/reports/export/build";
import { SCHEMA_FILE } from "@/lib/reports/export/elements";

const SCHEMA_DIR = path.join(process.cwd(), "lib", "reports", "export", "schema");
const COMMON = "common.xsd";
const FILE_NAME = "report.xml";

const schemas = new Map<string, Promise<string>>();
function schemaText(name: string): Promise<string> {
  let text = schemas.get(name);
  if (!text) {
    text = readFile(path.join(SCHEMA_DIR, name), "utf8");
    schemas.set(name, text);
  }
  return text;
}

/**
 * libxml2's message -> the element it concerns. Where libxml2 says what it expected, that element is the one
 * missing: at the end of its parent ("Element 'CTIF': Missing child element(s). Expected is ( CTAR ).") or
 * before the next one ("Element 'CATP': This element is not expected. Expected is ( CTAR )."), both CTAR.
 * Anything else names the element it is about ("Element 'TSTM': [facet 'pattern'] ..." -> TSTM).
 */
export function elementOfMessage(message: string): string | null {
  const expected = /Expected is(?: one of)? \( ([A-Za-z0-9_]+)/.exec(message);
  if (expected) return expected[1]!;
  const element = /Element '([A-Za-z0-9_]+)'/.exec(message);
  return element ? element[1]! : null;
}

/** The report reference (RPID) last seen at or before a line of the file: the report the error sits in. */
export function referenceAtLine(xml: string, lineNumber: number | null): string | null {
  if (!lineNumber) return null;
  const lines = xml.split("\n").slice(0, lineNumber);
  for (let i = lines.length - 1; i >= 0; i--) {
    const match = /<RPID>([^<]+)<\/RPID>/.exec(lines[i]!);
    if (match) return match[1]!;
  }
  return null;
}

export async function validateReportFile(kind: RegulatoryReportKind, xml: string): Promise<{ ok: true } | { ok: false; problem: FileProblem }> {
  const [schema, common] = await Promise.all([schemaText(SCHEMA_FILE[kind]), schemaText(COMMON)]);
  const result = await validateXML({
    xml: [{ fileName: FILE_NAME, contents: xml }],
    schema: [{ fileName: SCHEMA_FILE[kind], contents: schema }],
    preload: [{ fileName: COMMON, contents: common }],
  });
  if (result.valid) return { ok: true };
  const first = result.errors[0];
  const message = first?.message ?? result.rawOutput.trim();
  return {
    ok: false,
    problem: {
      element: elementOfMessage(message) ?? "?",
      reference: referenceAtLine(xml, first?.loc?.lineNumber ?? null),
      detail: message.replace(/^Schemas validity error : /, ""),
    },
  };
}
