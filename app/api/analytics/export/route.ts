// GET /api/analytics/export?dataset=<name>&<the page's period and filter parameters> - streams one analytics
// chart's data as CSV (lib/analytics/export/run.ts): any analytics role may ask; each dataset is refused
// without its own part's permission, and every export is audited (analytics.export).
import { z } from "zod";
import { defineRoute } from "@/lib/http/define-route";
import { getTranslator } from "@/lib/i18n/server";
import { DEFAULT_LOCALE } from "@/lib/i18n/translate";
import { ANALYTICS_DATASETS } from "@/lib/analytics/export/datasets";
import { runAnalyticsExport } from "@/lib/analytics/export/run";

export const GET = defineRoute({
  name: "analytics.export",
  access: "analytics:view",
  // The dataset and its parameters are checked by runAnalyticsExport, which can name what is wrong.
  query: z.record(z.string(), z.string()),
  run: async ({ query, staff, meta }) => {
    // Outside a Next.js request (the matrix test) there is no locale cookie: the default language.
    const { locale } = await getTranslator().catch(() => ({ locale: DEFAULT_LOCALE }));
    return runAnalyticsExport({ registry: ANALYTICS_DATASETS, query, staff, meta, locale });
  },
});
