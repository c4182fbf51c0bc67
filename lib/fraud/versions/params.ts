// A version's stored parameters as numbers (the JSON column may hold anything), and the parameters a
// version actually runs with: the definition's defaults under the stored values, as evaluation merges them.
import type { FraudRuleDefinition } from "@/lib/fraud/rules/types";

export function numericParams(value: unknown): Record<string, number> {
  const params: Record<string, number> = {};
  if (value && typeof value === "object" && !Array.isArray(value)) {
    for (const [key, v] of Object.entries(value)) if (typeof v === "number" && Number.isFinite(v)) params[key] = v;
  }
  return params;
}

export function specDefaults(definition: Pick<FraudRuleDefinition, "params"> | undefined): Record<string, number> {
  const defaults: Record<string, number> = {};
  if (definition) for (const [key, spec] of Object.entries(definition.params)) defaults[key] = spec.default;
  return defaults;
}

export function effectiveParams(definition: Pick<FraudRuleDefinition, "params"> | undefined, stored: Record<string, number>): Record<string, number> {
  return { ...specDefaults(definition), ...stored };
}

/** The parameters a version runs with: each of the spec's keys, stored value or default; nothing else. */
export function runParams(definition: Pick<FraudRuleDefinition, "params">, stored: Record<string, number>): Record<string, number> {
  const params: Record<string, number> = {};
  for (const [key, spec] of Object.entries(definition.params)) params[key] = stored[key] ?? spec.default;
  return params;
}
