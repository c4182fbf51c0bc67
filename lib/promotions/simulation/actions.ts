"use server";
// Simulations as server actions: queue one, cancel one, and the progress the panel polls while it runs.
import { defineAction } from "@/lib/actions/define";
import { notFound } from "@/lib/actions/errors";
import { db } from "@/lib/db";
import { cancelSimulation, startSimulation } from "@/lib/promotions/simulation/mutations";
import { simulationProgress } from "@/lib/promotions/simulation/read";
import { simulationRefSchema, startSimulationSchema } from "@/lib/promotions/simulation/schemas";

export const startSimulationAction = defineAction({
  name: "promotion.simulation-start",
  permission: "promotion:simulate",
  schema: startSimulationSchema,
  run: (input, actor) => startSimulation(db, input, actor),
  revalidate: () => ["/promotions"],
});

export const cancelSimulationAction = defineAction({
  name: "promotion.simulation-cancel",
  permission: "promotion:simulate",
  schema: simulationRefSchema,
  run: (input, actor) => cancelSimulation(db, input, actor),
});

export const simulationProgressAction = defineAction({
  name: "promotion.simulation-progress",
  permission: "promotion:view",
  schema: simulationRefSchema,
  run: async (input) => {
    const progress = await simulationProgress(db, input.simulationId);
    if (!progress) throw notFound("promotionSimulation.errors.notFound");
    return progress;
  },
});
