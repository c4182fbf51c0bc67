"use server";
// Backtests as server actions: queue one, cancel one, and the progress the page polls while it runs.
import { defineAction } from "@/lib/actions/define";
import { db } from "@/lib/db";
import { notFound } from "@/lib/actions/errors";
import { cancelBacktest, startBacktest } from "@/lib/fraud/backtest/mutations";
import { backtestProgress } from "@/lib/fraud/backtest/read";
import { backtestRefSchema, startBacktestSchema } from "@/lib/fraud/backtest/schemas";

export const startBacktestAction = defineAction({
  name: "rule.backtest-start",
  permission: "rule:edit",
  schema: startBacktestSchema,
  run: (input, actor) => startBacktest(db, input, actor),
  revalidate: () => ["/rules"],
});

export const cancelBacktestAction = defineAction({
  name: "rule.backtest-cancel",
  permission: "rule:edit",
  schema: backtestRefSchema,
  run: (input, actor) => cancelBacktest(db, input, actor),
});

export const backtestProgressAction = defineAction({
  name: "rule.backtest-progress",
  permission: "rule:view",
  schema: backtestRefSchema,
  run: async (input) => {
    const progress = await backtestProgress(db, input.backtestId);
    if (!progress) throw notFound("rules.backtest.errors.notFound");
    return progress;
  },
});
