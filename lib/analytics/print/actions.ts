"use server";
// The print button of the analytics pages: records who printed which report with which period and filters
// (audit action analytics.print) before the browser's print dialog opens. The part printed must be one the
// staff member may open (its tab's permission), so the trail never shows a print of a page they could not see.
import { z } from "zod";
import { defineAction } from "@/lib/actions/define";
import { ActionError } from "@/lib/actions/errors";
import { can } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/write";
import { db } from "@/lib/db";
import { ANALYTICS_TABS } from "@/lib/analytics/tabs";

const printSchema = z.object({
  page: z.enum(["transactions", "kyc", "fraud", "promotions"]),
  params: z.record(z.string().max(40), z.string().max(200)).refine((p) => Object.keys(p).length <= 20),
});

export const recordAnalyticsPrintAction = defineAction({
  name: "analytics.print",
  permission: "analytics:view",
  schema: printSchema,
  run: async (input, { staff, request }): Promise<{ printedAt: string }> => {
    const tab = ANALYTICS_TABS.find((t) => t.key === input.page)!;
    if (!can(staff.roles, tab.permission)) throw new ActionError("forbidden", "actions.forbidden");
    const printedAt = new Date();
    await db.$transaction((tx) =>
      recordAudit(tx, {
        actor: staff,
        action: "analytics.print",
        entityType: "AnalyticsReport",
        entityId: tab.href,
        after: { page: tab.href, params: input.params },
        request,
      }),
    );
    return { printedAt: printedAt.toISOString() };
  },
});
