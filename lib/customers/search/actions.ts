"use server";
// Trading a whole ID number for a sealed search link (see search/sealed-query.ts). Nothing is written: the search
// itself, when the page runs it, is what the audit trail records.
import { z } from "zod";
import { defineAction } from "@/lib/actions/define";
import { MAX_QUERY_LENGTH } from "@/lib/customers/search/classify";
import { sealCustomerQuery } from "@/lib/customers/search/sealed-query";

export const sealCustomerSearchAction = defineAction({
  name: "customer.seal-search",
  permission: "customer:view",
  schema: z.object({ q: z.string({ error: "validation.required" }).trim().min(1, "validation.required").max(MAX_QUERY_LENGTH) }),
  run: async (input, { staff }) => ({ href: `/customers?sq=${encodeURIComponent(sealCustomerQuery(input.q, staff.id))}` }),
});
