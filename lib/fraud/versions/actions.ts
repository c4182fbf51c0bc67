"use server";
// Rule versions as server actions: the wrapper gates and parses; mutations.ts decides, in one transaction
// with its audit event. Approving and rejecting need rule:approve, and the mutation refuses the author.
import { defineAction } from "@/lib/actions/define";
import { db } from "@/lib/db";
import { approveRuleVersion, rejectRuleVersion, saveRuleDraft, submitRuleDraft } from "@/lib/fraud/versions/mutations";
import { rejectRuleVersionSchema, ruleVersionRefSchema, saveRuleDraftSchema } from "@/lib/fraud/versions/schemas";

const pages = () => ["/rules"];

export const saveRuleDraftAction = defineAction({
  name: "rule.draft-save",
  permission: "rule:edit",
  schema: saveRuleDraftSchema,
  run: (input, actor) => saveRuleDraft(db, input, actor),
  revalidate: pages,
});

export const submitRuleDraftAction = defineAction({
  name: "rule.submit",
  permission: "rule:edit",
  schema: ruleVersionRefSchema,
  run: (input, actor) => submitRuleDraft(db, input, actor),
  revalidate: pages,
});

export const approveRuleVersionAction = defineAction({
  name: "rule.approve",
  permission: "rule:approve",
  schema: ruleVersionRefSchema,
  run: (input, actor) => approveRuleVersion(db, input, actor),
  revalidate: pages,
});

export const rejectRuleVersionAction = defineAction({
  name: "rule.reject",
  permission: "rule:approve",
  schema: rejectRuleVersionSchema,
  run: (input, actor) => rejectRuleVersion(db, input, actor),
  revalidate: pages,
});
