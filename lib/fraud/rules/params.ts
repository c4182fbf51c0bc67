// A rule's parameters as stored on a FraudRuleVersion (JSON), checked against the rule's own specs: each
// a number within its bounds (whole where the unit is), no unknown or missing keys. The rules page's form,
// the approval step, the backtest and the worker all read parameters through this one schema.
import { z } from "zod";
import type { FraudRuleDefinition, ParamSpec } from "@/lib/fraud/rules/types";

function numberSchema(spec: ParamSpec): z.ZodNumber {
  const base = spec.integer ? z.number().int() : z.number();
  return base.min(spec.min).max(spec.max);
}

const cache = new WeakMap<FraudRuleDefinition, z.ZodType<Record<string, number>>>();

/** The zod schema of one rule's parameters (cached per rule). */
export function paramsSchema(definition: FraudRuleDefinition): z.ZodType<Record<string, number>> {
  const known = cache.get(definition);
  if (known) return known;
  const shape: Record<string, z.ZodNumber> = {};
  for (const [key, spec] of Object.entries(definition.params)) shape[key] = numberSchema(spec);
  let schema: z.ZodType<Record<string, number>> = z.strictObject(shape);
  if ("nightStartHour" in definition.params && "nightEndHour" in definition.params) {
    schema = schema.refine((p) => p.nightStartHour !== p.nightEndHour, { path: ["nightEndHour"], message: "The night must start and end at different hours" });
  }
  cache.set(definition, schema);
  return schema;
}

/** The parameters a rule starts with: each spec's default. */
export function defaultParams<P extends Record<string, number>>(definition: FraudRuleDefinition<P>): P {
  const out: Record<string, number> = {};
  for (const [key, spec] of Object.entries(definition.params) as [string, ParamSpec][]) out[key] = spec.default;
  return out as P;
}

/** Stored parameters read for evaluation: the defaults under whatever the version sets, checked. */
export function parseParams(definition: FraudRuleDefinition, value: unknown): Record<string, number> {
  return paramsSchema(definition).parse(value);
}
