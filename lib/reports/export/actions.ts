"use server";
// Generating a report file: the wrapper gates (report:file) and parses; create.ts does the rest in one
// transaction with its audit events. Downloading is a route (app/api/reports/exports/[id]): it answers a file.
import { defineAction } from "@/lib/actions/define";
import { db } from "@/lib/db";
import { createExport } from "@/lib/reports/export/create";
import { createExportSchema } from "@/lib/reports/export/schemas";

export const createExportAction = defineAction({
  name: "report.export",
  permission: "report:file",
  schema: createExportSchema,
  run: (input, actor) => createExport(db, input, actor),
  // The files page and the lists whose statuses changed (a report's own page renders per request).
  revalidate: () => ["/reports/exports", "/reports", "/reports/suspicious"],
});
