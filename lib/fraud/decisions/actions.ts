"use server";
// API clients' server actions (api:manage): the wrapper gates and parses; the mutations write with their audit event.
import { defineAction } from "@/lib/actions/define";
import { db } from "@/lib/db";
import { createApiClient, revokeApiClient } from "@/lib/fraud/decisions/mutations";
import { createApiClientSchema, revokeApiClientSchema } from "@/lib/fraud/decisions/schemas";

export const createApiClientAction = defineAction({
  name: "api-client.create",
  permission: "api:manage",
  schema: createApiClientSchema,
  run: (input, actor) => createApiClient(db, input, actor),
  revalidate: () => ["/admin/api-clients"],
});

export const revokeApiClientAction = defineAction({
  name: "api-client.revoke",
  permission: "api:manage",
  schema: revokeApiClientSchema,
  run: (input, actor) => revokeApiClient(db, input, actor),
  revalidate: () => ["/admin/api-clients"],
});
