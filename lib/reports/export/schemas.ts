// What the report-file forms send: generating a kind's file, and the reason for downloading one (the file
// carries whole ID numbers, so a download is a reveal: the same reason lengths as lib/privacy's reveals).
import { z } from "zod";
import { REPORT_KINDS } from "@/lib/reports/fields";
import { REVEAL_REASON_MAX, REVEAL_REASON_MIN } from "@/lib/privacy/reveal-fields";

export const createExportSchema = z.object({
  kind: z.enum(REPORT_KINDS, { error: "validation.required" }),
});
export type CreateExport = z.infer<typeof createExportSchema>;

export const downloadExportSchema = z.object({
  reason: z.string({ error: "validation.reasonRequired" }).trim().min(REVEAL_REASON_MIN, "validation.reasonRequired").max(REVEAL_REASON_MAX),
});
export type DownloadExport = z.infer<typeof downloadExportSchema>;
