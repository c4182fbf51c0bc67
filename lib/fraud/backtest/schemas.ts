// What the backtest controls send: a version and a window of whole Shanghai days.
import { z } from "zod";
import { referenceIdField } from "@/lib/validation/ids";

const day = z.string("validation.required").regex(/^\d{4}-\d{2}-\d{2}$/, "validation.required").refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), "validation.required");

export const startBacktestSchema = z.object({ versionId: referenceIdField, fromDay: day, toDay: day });
export type StartBacktest = z.infer<typeof startBacktestSchema>;

export const backtestRefSchema = z.object({ backtestId: referenceIdField });
export type BacktestRef = z.infer<typeof backtestRefSchema>;
