// One report for its page, with the app's database; cached per request so the page and its metadata share it.
import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { readReportDetail } from "@/lib/reports/detail/read";

export const getReportDetail = cache((id: string) => readReportDetail(db, id));
