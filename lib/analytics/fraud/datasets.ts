// The fraud report's CSV datasets (registered in lib/analytics/export/datasets.ts and streamed, audited, by
// the analytics export route): alerts per day by rule and severity (one long table behind both stacked
// charts), outcomes per rule (the false-positive table), and confirmed fraud per day. The period comes from
// the same URL parameters as the page (readPeriod); money as plain yuan text, codes as stored and the rule's
// name as the rules pages name it (in Chinese, the bank's language), so a spreadsheet can sum and pivot them.
import type { AnalyticsDataset } from "@/lib/analytics/export/dataset";
import { readAlertsPerDay, readConfirmedPerDay, readRuleOutcomes, type Reader } from "@/lib/analytics/fraud/read";
import { readPeriod } from "@/lib/analytics/period";
import { ruleName } from "@/lib/fraud/queue/rule-names";
import { fenToYuanText } from "@/lib/money";
import { shanghaiDay } from "@/lib/time";

const rangeOf = (params: Record<string, string>) => readPeriod(params, shanghaiDay(new Date())).range;
const ratio = (value: number | null) => (value === null ? "" : value.toFixed(4));

export const fraudDatasets: Record<"fraud-alerts-daily" | "fraud-rules" | "fraud-confirmed-daily", AnalyticsDataset<Reader>> = {
  "fraud-alerts-daily": {
    permission: "analytics:fraud",
    columns: [
      { key: "day", header: "day" },
      { key: "rule_code", header: "rule_code" },
      { key: "rule_name", header: "rule_name" },
      { key: "severity", header: "severity" },
      { key: "alerts", header: "alerts" },
    ],
    async rows(db, params) {
      const rows = await readAlertsPerDay(db, rangeOf(params));
      return rows.map((r) => ({ day: r.day, rule_code: r.ruleCode, rule_name: ruleName(r.ruleCode, "zh-CN"), severity: r.severity, alerts: String(r.alerts) }));
    },
  },
  "fraud-rules": {
    permission: "analytics:fraud",
    columns: [
      { key: "from", header: "from" },
      { key: "to", header: "to" },
      { key: "rule_code", header: "rule_code" },
      { key: "rule_name", header: "rule_name" },
      { key: "alerts", header: "alerts" },
      { key: "decided", header: "decided" },
      { key: "confirmed", header: "confirmed" },
      { key: "false_positive", header: "false_positive" },
      { key: "false_positive_rate", header: "false_positive_rate" },
    ],
    async rows(db, params) {
      const range = rangeOf(params);
      const rows = await readRuleOutcomes(db, range);
      return rows.map((r) => ({
        from: range.from,
        to: range.to,
        rule_code: r.ruleCode,
        rule_name: ruleName(r.ruleCode, "zh-CN"),
        alerts: String(r.alerts),
        decided: String(r.decided),
        confirmed: String(r.confirmed),
        false_positive: String(r.falsePositive),
        false_positive_rate: ratio(r.falsePositiveRate),
      }));
    },
  },
  "fraud-confirmed-daily": {
    permission: "analytics:fraud",
    columns: [
      { key: "day", header: "day" },
      { key: "alerts", header: "alerts" },
      { key: "confirmed", header: "confirmed_alerts" },
      { key: "confirmed_yuan", header: "confirmed_transactions_amount_yuan" },
    ],
    async rows(db, params) {
      const rows = await readConfirmedPerDay(db, rangeOf(params));
      return rows.map((r) => ({ day: r.day, alerts: String(r.alerts), confirmed: String(r.confirmed), confirmed_yuan: fenToYuanText(r.confirmedFen) }));
    },
  },
};
