"use server";
// The reporting configuration's server actions (report:configure: a compliance lead). The wrapper gates and
// parses; mutations.ts writes, each in one transaction with its audit event.
import { defineAction } from "@/lib/actions/define";
import { db } from "@/lib/db";
import { addCalendarDay, createRuleSetVersion, removeCalendarDay } from "@/lib/reports/rules/mutations";
import { addCalendarDaySchema, createRuleSetSchema, removeCalendarDaySchema } from "@/lib/reports/rules/schemas";
import { REPORT_AUDIT } from "@/lib/reports/fields";

const SETTINGS = "/reports/settings";

export const addCalendarDayAction = defineAction({
  name: `${REPORT_AUDIT.calendarChange}-add`,
  permission: "report:configure",
  schema: addCalendarDaySchema,
  run: (input, actor) => addCalendarDay(db, input, actor),
  revalidate: () => [SETTINGS],
});

export const removeCalendarDayAction = defineAction({
  name: `${REPORT_AUDIT.calendarChange}-remove`,
  permission: "report:configure",
  schema: removeCalendarDaySchema,
  run: (input, actor) => removeCalendarDay(db, input, actor),
  revalidate: () => [SETTINGS],
});

export const createRuleSetAction = defineAction({
  name: REPORT_AUDIT.ruleSetChange,
  permission: "report:configure",
  schema: createRuleSetSchema,
  run: (input, actor) => createRuleSetVersion(db, input, actor),
  revalidate: () => [SETTINGS],
});
