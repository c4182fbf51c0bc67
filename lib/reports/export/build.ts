// Report rows -> the regulator's XML file, with xmlbuilder2 (never hand-written strings, so every value is
// escaped). One file per kind: the header with the institution, then each report with its customer and its
// transactions, in the order of elements.ts. A mandatory value that is missing is not written as a
// placeholder: the build stops and names the element and the report. Pure (validate.ts checks the result).
import { create } from "xmlbuilder2";
import type { XMLBuilder } from "xmlbuilder2/lib/interfaces";
import type { RegulatoryReportKind } from "@/lib/generated/prisma/enums";
import {
  CHARACTERISTIC_ELEMENT,
  CUSTOMER_ELEMENTS,
  CUSTOMER_GROUP,
  HEADER_ELEMENTS,
  LARGE_VALUE_ELEMENTS,
  NARRATIVE_ELEMENTS,
  NARRATIVE_GROUP,
  REPORT_ELEMENTS,
  REPORTER_ELEMENTS,
  ROOT_ELEMENT,
  SUSPICIOUS_ELEMENTS,
  TRANSACTION_ELEMENTS,
  TRANSACTION_GROUP,
  TRANSACTION_LIST,
  type ElementSpec,
  type ExportHeader,
  type ExportReport,
} from "@/lib/reports/export/elements";

/** What stops a file: the element (its code) and the report it belongs to (null: the header). */
export interface FileProblem {
  element: string;
  reference: string | null;
  /** libxml2's own words when the schema refused it; null when the element is simply missing. */
  detail: string | null;
}

export type BuildResult = { ok: true; xml: string } | { ok: false; problem: FileProblem };

class MissingElement extends Error {
  constructor(readonly element: string) {
    super(`missing ${element}`);
  }
}

function write<T>(parent: XMLBuilder, specs: readonly ElementSpec<T>[], row: T): void {
  for (const spec of specs) {
    const value = spec.value(row);
    if (value === null) {
      if (spec.required) throw new MissingElement(spec.code);
      continue;
    }
    parent.ele(spec.code).txt(value);
  }
}

function writeReport(parent: XMLBuilder, kind: RegulatoryReportKind, header: ExportHeader, report: ExportReport): void {
  const node = parent.ele("RPT");
  write(node, REPORT_ELEMENTS, report);
  if (kind === "LARGE_VALUE") {
    write(node, LARGE_VALUE_ELEMENTS, report);
  } else {
    const row = { ...report, generatedAt: header.generatedAt };
    write(node, SUSPICIOUS_ELEMENTS, row);
    const codes = report.str?.characteristicCodes.filter((code) => code.trim() !== "") ?? [];
    if (codes.length === 0) throw new MissingElement(CHARACTERISTIC_ELEMENT.code);
    const list = node.ele(CHARACTERISTIC_ELEMENT.list);
    for (const code of codes) list.ele(CHARACTERISTIC_ELEMENT.code).txt(code);
    write(node.ele(NARRATIVE_GROUP), NARRATIVE_ELEMENTS, row);
    write(node, REPORTER_ELEMENTS, row);
  }
  write(node.ele(CUSTOMER_GROUP), CUSTOMER_ELEMENTS, report.customer);
  if (report.transactions.length === 0) throw new MissingElement(TRANSACTION_GROUP);
  const list = node.ele(TRANSACTION_LIST);
  for (const transaction of report.transactions) {
    write(list.ele(TRANSACTION_GROUP), TRANSACTION_ELEMENTS, { ...transaction, usdCnyRate: header.usdCnyRate, institutionName: header.institutionName });
  }
}

export function buildReportFile(kind: RegulatoryReportKind, header: ExportHeader, reports: readonly ExportReport[]): BuildResult {
  const doc = create({ version: "1.0", encoding: "UTF-8" });
  const root = doc.ele(ROOT_ELEMENT[kind]);
  try {
    write(root.ele("RBIF"), HEADER_ELEMENTS, { ...header, reportCount: reports.length });
  } catch (error) {
    if (error instanceof MissingElement) return { ok: false, problem: { element: error.element, reference: null, detail: null } };
    throw error;
  }
  const list = root.ele("RPTS");
  for (const report of reports) {
    try {
      writeReport(list, kind, header, report);
    } catch (error) {
      if (error instanceof MissingElement) return { ok: false, problem: { element: error.element, reference: report.reference, detail: null } };
      throw error;
    }
  }
  // One element per line, so libxml2's line numbers lead back to the report (validate.ts).
  return { ok: true, xml: doc.end({ prettyPrint: true, indent: "  ", newline: "\n" }) };
}
