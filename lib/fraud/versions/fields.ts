// A rule version's form as plain data, without zod: the draft editor (a client component) gets its fields
// and bounds from here as props, and the server checks the same values with paramsSchema(definition)
// (lib/fraud/rules/params.ts), which is built from the same ParamSpec. Money parameters are edited in yuan
// and stored in fen.
import type { AlertSeverity } from "@/lib/generated/prisma/enums";
import type { FraudRuleDefinition, Localized, ParamUnit } from "@/lib/fraud/rules/types";

export const SEVERITIES: readonly AlertSeverity[] = ["LOW", "MEDIUM", "HIGH", "CRITICAL"];
export const NOTE_MAX = 500;
export const REJECTION_REASON_MIN = 5;
export const REJECTION_REASON_MAX = 500;

export interface ParamField {
  key: string;
  label: Localized;
  unit: ParamUnit;
  min: number;
  max: number;
  integer: boolean;
  default: number;
}

export function paramFields(definition: Pick<FraudRuleDefinition, "params">): ParamField[] {
  return Object.entries(definition.params).map(([key, spec]) => ({ key, label: spec.label, unit: spec.unit, min: spec.min, max: spec.max, integer: spec.integer, default: spec.default }));
}

export type ParamProblem = "required" | "integer" | "min" | "max";

/** The first thing wrong with a value for its field (the server's paramsSchema says the same), or null. */
export function paramProblem(field: ParamField, value: number | null | undefined): ParamProblem | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return "required";
  if (field.integer && !Number.isInteger(value)) return "integer";
  if (value < field.min) return "min";
  if (value > field.max) return "max";
  return null;
}

/** Stored value -> what the form shows (fen as yuan). */
export function toInput(unit: ParamUnit, value: number): string {
  return unit === "fen" ? String(value / 100) : String(value);
}

/** What the form typed -> the stored value (yuan as whole fen); null when it is not a number. */
export function fromInput(unit: ParamUnit, text: string): number | null {
  const trimmed = text.trim().replace(/[,，\s]/g, "");
  if (trimmed === "" || !/^-?\d+(\.\d+)?$/.test(trimmed)) return null;
  const n = Number(trimmed);
  return unit === "fen" ? Math.round(n * 100) : n;
}
