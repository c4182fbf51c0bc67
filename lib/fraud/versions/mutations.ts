// Rule versions, four eyes: an author (rule:edit) writes a draft against the active version and submits
// it; a compliance lead who is not the author approves it (the draft becomes ACTIVE, the old version
// RETIRED and the rule's severity and switch follow, in one transaction) or rejects it with a reason, back
// to the author. Every step locks the version, checks its rowVersion and records its audit event in the
// same transaction.
import "server-only";
import type { Db } from "@/lib/db/client";
import { ActionError, notFound, wrongState } from "@/lib/actions/errors";
import { recordAudit } from "@/lib/audit/write";
import { paramsSchema } from "@/lib/fraud/rules/params";
import type { MessageKey } from "@/lib/i18n/translate";
import { auditDiff, diffVersions } from "@/lib/fraud/versions/diff";
import { paramFields } from "@/lib/fraud/versions/fields";
import { effectiveParams, specDefaults } from "@/lib/fraud/versions/params";
import type { RejectRuleVersion, RuleVersionRef, SaveRuleDraft } from "@/lib/fraud/versions/schemas";
import { ENTITY, assertAuthor, assertFresh, assertNotAuthor, definitionOf, lockActive, lockVersion, writeVersion, type RuleActor } from "@/lib/fraud/versions/steps";

export interface VersionSaved {
  versionId: string;
  version: number;
  rowVersion: number;
  status: "DRAFT" | "PENDING_APPROVAL" | "ACTIVE" | "REJECTED";
}

const OPEN: ("DRAFT" | "PENDING_APPROVAL" | "REJECTED")[] = ["DRAFT", "PENDING_APPROVAL", "REJECTED"];

/** Creates the author's draft of a rule, or changes it (a rejected or stale draft is based on the active version again). */
export async function saveRuleDraft(db: Db, input: SaveRuleDraft, actor: RuleActor): Promise<VersionSaved> {
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM fraud_rule WHERE id = ${input.ruleId} FOR UPDATE`;
    const rule = await tx.fraudRule.findUnique({ where: { id: input.ruleId }, select: { id: true, code: true } });
    if (!rule) throw notFound("rules.errors.notFound");
    const definition = definitionOf(rule.code);
    const parsed = paramsSchema(definition).safeParse(input.params);
    if (!parsed.success) {
      const fieldErrors: Record<string, MessageKey> = {};
      for (const issue of parsed.error.issues) fieldErrors[`params.${String(issue.path[0] ?? "")}`] = "rules.errors.paramOutOfRange";
      throw new ActionError("invalid", "rules.errors.params", {}, fieldErrors);
    }
    // Only the spec's parameters are stored, in its order.
    const params: Record<string, number> = {};
    for (const field of paramFields(definition)) params[field.key] = (parsed.data as Record<string, number>)[field.key] ?? field.default;
    const active = await lockActive(tx, rule.id);
    const proposed = { params, severity: input.severity, enabled: input.enabled };
    const order = Object.keys(definition.params);
    const defaults = specDefaults(definition);
    if (active && diffVersions({ ...active, params: effectiveParams(definition, active.params) }, proposed, order, defaults).length === 0) throw wrongState("rules.errors.noChange");
    const note = input.note || null;

    if (input.versionId) {
      const draft = await lockVersion(tx, { versionId: input.versionId, rowVersion: input.rowVersion });
      if (draft.ruleId !== rule.id) throw notFound("rules.errors.versionNotFound");
      assertAuthor(draft, { staff: actor.staff, request: actor.request });
      if (draft.status !== "DRAFT" && draft.status !== "REJECTED") throw wrongState("rules.errors.notEditable");
      const rowVersion = await writeVersion(tx, draft, { params, severity: input.severity, enabled: input.enabled, note, status: "DRAFT", baseVersionId: active?.id ?? null });
      const changes = auditDiff(diffVersions(draft, proposed, order, defaults));
      await recordAudit(tx, {
        actor: actor.staff,
        action: "rule.draft-update",
        entityType: ENTITY,
        entityId: draft.id,
        before: { ...changes.before, status: draft.status, baseVersion: draft.baseVersionId },
        after: { ...changes.after, status: "DRAFT", baseVersion: active?.id ?? null, rowVersion },
        request: actor.request,
      });
      return { versionId: draft.id, version: draft.version, rowVersion, status: "DRAFT" };
    }

    const open = await tx.fraudRuleVersion.findFirst({ where: { ruleId: rule.id, createdById: actor.staff.id, status: { in: OPEN } }, select: { version: true } });
    if (open) throw wrongState("rules.errors.openDraftExists", { version: open.version });
    const last = await tx.fraudRuleVersion.aggregate({ where: { ruleId: rule.id }, _max: { version: true } });
    const version = (last._max.version ?? 0) + 1;
    const created = await tx.fraudRuleVersion.create({
      data: { ruleId: rule.id, version, params, severity: input.severity, enabled: input.enabled, status: "DRAFT", note, baseVersionId: active?.id ?? null, createdById: actor.staff.id },
      select: { id: true, rowVersion: true },
    });
    const changes = active ? auditDiff(diffVersions({ ...active, params: effectiveParams(definition, active.params) }, proposed, order, defaults)) : { before: {}, after: proposed };
    await recordAudit(tx, {
      actor: actor.staff,
      action: "rule.draft-create",
      entityType: ENTITY,
      entityId: created.id,
      before: { ...changes.before, activeVersion: active?.version ?? null },
      after: { ...changes.after, rule: rule.code, version, status: "DRAFT", note },
      request: actor.request,
    });
    return { versionId: created.id, version, rowVersion: created.rowVersion, status: "DRAFT" };
  });
}

export async function submitRuleDraft(db: Db, input: RuleVersionRef, actor: RuleActor): Promise<VersionSaved> {
  return db.$transaction(async (tx) => {
    const draft = await lockVersion(tx, input);
    assertAuthor(draft, actor);
    if (draft.status !== "DRAFT") throw wrongState(draft.status === "REJECTED" ? "rules.errors.editRejectedFirst" : "rules.errors.notDraft");
    assertFresh(draft, await lockActive(tx, draft.ruleId));
    const rowVersion = await writeVersion(tx, draft, { status: "PENDING_APPROVAL", submittedAt: new Date(), rejectionReason: null });
    await recordAudit(tx, {
      actor: actor.staff,
      action: "rule.submit",
      entityType: ENTITY,
      entityId: draft.id,
      before: { status: draft.status },
      after: { status: "PENDING_APPROVAL", rule: draft.rule.code, version: draft.version },
      request: actor.request,
    });
    return { versionId: draft.id, version: draft.version, rowVersion, status: "PENDING_APPROVAL" };
  });
}

export async function approveRuleVersion(db: Db, input: RuleVersionRef, actor: RuleActor): Promise<VersionSaved> {
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT r.id FROM fraud_rule r JOIN fraud_rule_version v ON v.rule_id = r.id WHERE v.id = ${input.versionId} FOR UPDATE OF r`;
    const draft = await lockVersion(tx, input);
    assertNotAuthor(draft, actor);
    if (draft.status !== "PENDING_APPROVAL") throw wrongState("rules.errors.notPending");
    const active = await lockActive(tx, draft.ruleId);
    assertFresh(draft, active);
    const now = new Date();
    if (active) await writeVersion(tx, active, { status: "RETIRED" });
    const rowVersion = await writeVersion(tx, draft, { status: "ACTIVE", approvedById: actor.staff.id, approvedAt: now });
    await tx.fraudRule.update({ where: { id: draft.ruleId }, data: { severity: draft.severity, enabled: draft.enabled } });
    const definition = definitionOf(draft.rule.code);
    const changes = active ? auditDiff(diffVersions({ ...active, params: effectiveParams(definition, active.params) }, draft, Object.keys(definition.params), specDefaults(definition))) : { before: {}, after: { params: draft.params, severity: draft.severity, enabled: draft.enabled } };
    await recordAudit(tx, {
      actor: actor.staff,
      action: "rule.approve",
      entityType: ENTITY,
      entityId: draft.id,
      before: { ...changes.before, status: "PENDING_APPROVAL", activeVersion: active?.version ?? null },
      after: { ...changes.after, status: "ACTIVE", activeVersion: draft.version, rule: draft.rule.code, authorId: draft.createdById, approvedById: actor.staff.id },
      request: actor.request,
    });
    return { versionId: draft.id, version: draft.version, rowVersion, status: "ACTIVE" as const };
  });
}

export async function rejectRuleVersion(db: Db, input: RejectRuleVersion, actor: RuleActor): Promise<VersionSaved> {
  return db.$transaction(async (tx): Promise<VersionSaved> => {
    const draft = await lockVersion(tx, input);
    assertNotAuthor(draft, actor);
    if (draft.status !== "PENDING_APPROVAL") throw wrongState("rules.errors.notPending");
    const rowVersion = await writeVersion(tx, draft, { status: "REJECTED", rejectionReason: input.reason });
    await recordAudit(tx, {
      actor: actor.staff,
      action: "rule.reject",
      entityType: ENTITY,
      entityId: draft.id,
      before: { status: "PENDING_APPROVAL" },
      after: { status: "REJECTED", rule: draft.rule.code, version: draft.version, authorId: draft.createdById },
      reason: input.reason,
      request: actor.request,
    });
    return { versionId: draft.id, version: draft.version, rowVersion, status: "REJECTED" };
  });
}
