// Promotion report: the same keys as zh-CN/analytics-promotions.ts.
import type { Messages } from "../zh-CN";

export const analyticsPromotions: Messages["analyticsPromotions"] = {
  title: "Promotion report",
  description: "The period's promotions side by side: reward cost, customers reached, incremental spend and what each incremental yuan cost.",
  kpi: {
    cost: "Total reward cost",
    costHint: "{rewards} rewards, net of claw-backs; points at their value",
    reach: "Customers reached",
    reachHint: "Customers rewarded in the period (each once)",
    incremental: "Incremental spend",
    incrementalHint: "Sum over {count} promotions, by difference in differences",
    costPerYuan: "Cost per incremental ¥1",
    costPerYuanHint: "Measured participants' reward cost ÷ incremental spend",
    noLift: "No positive lift",
    change: "{change} vs comparison period",
    changeNew: "Comparison period was 0",
    noComparison: "No comparison period",
  },
  ranking: {
    title: "Promotions ranked",
    description: "Sort by a column's name; a promotion's name opens its performance page.",
    promotion: "Promotion",
    status: "Status",
    cost: "Reward cost",
    reach: "Customers reached",
    rewards: "Rewards",
    incremental: "Incremental spend",
    costPerYuan: "Cost per incremental ¥1",
    sortBy: "Sort by {column}",
    notMeasured: "Not measured",
    empty: "No promotion ran in this period.",
  },
  costVsIncremental: {
    title: "Cost and incremental spend",
    description: "Each promotion's reward cost in the period beside the incremental spend measured; a negative lift points down.",
    promotion: "Promotion",
    cost: "Reward cost",
    incremental: "Incremental spend",
    empty: "No promotion to compare in this period.",
  },
  daily: {
    title: "Reward cost per day",
    description: "By reward day (Beijing time), stacked by promotion.",
    day: "Day",
    total: "Total",
    empty: "No rewards in this period.",
  },
  method:
    "Incremental spend as on the performance page, by difference in differences: the campaign's days in the period against as many days before it began, participants' change in average payments less that of a stratified comparison group.",
};
