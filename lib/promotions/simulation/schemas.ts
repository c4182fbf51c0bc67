// What the simulation controls send: a promotion version and a window of whole Shanghai days, and a run to
// cancel or poll. The presets are the windows the picker offers; the limits are checked again on the server.
import { z } from "zod";
import { referenceIdField } from "@/lib/validation/ids";

const day = z
  .string("validation.required")
  .regex(/^\d{4}-\d{2}-\d{2}$/, "validation.required")
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), "validation.required");

export const startSimulationSchema = z.object({ versionId: referenceIdField, fromDay: day, toDay: day });
export type StartSimulation = z.infer<typeof startSimulationSchema>;

export const simulationRefSchema = z.object({ simulationId: referenceIdField });
export type SimulationRef = z.infer<typeof simulationRefSchema>;
