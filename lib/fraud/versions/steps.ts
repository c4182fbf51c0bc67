// The shared steps of every rule-version change: lock and read the version, refuse a rowVersion the person
// did not see, read the rule's active version, and say plainly when a draft went stale.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ActionError, conflict, notFound, wrongState } from "@/lib/actions/errors";
import type { ActionContext } from "@/lib/actions/context";
import { ruleByCode } from "@/lib/fraud/rules";
import type { FraudRuleDefinition } from "@/lib/fraud/rules/types";
import { numericParams } from "@/lib/fraud/versions/params";

export type Tx = Prisma.TransactionClient;
export type RuleActor = ActionContext;
export const ENTITY = "FraudRuleVersion";

const versionSelect = {
  id: true,
  ruleId: true,
  version: true,
  params: true,
  severity: true,
  enabled: true,
  status: true,
  note: true,
  baseVersionId: true,
  rejectionReason: true,
  rowVersion: true,
  createdById: true,
  rule: { select: { id: true, code: true, severity: true, enabled: true } },
} satisfies Prisma.FraudRuleVersionSelect;

export type LockedVersion = Omit<Prisma.FraudRuleVersionGetPayload<{ select: typeof versionSelect }>, "params"> & { params: Record<string, number> };

/** Locks the version row for this transaction and checks the rowVersion the page showed. */
export async function lockVersion(tx: Tx, input: { versionId: string; rowVersion?: number }): Promise<LockedVersion> {
  await tx.$queryRaw`SELECT id FROM fraud_rule_version WHERE id = ${input.versionId} FOR UPDATE`;
  const row = await tx.fraudRuleVersion.findUnique({ where: { id: input.versionId }, select: versionSelect });
  if (!row) throw notFound("rules.errors.versionNotFound");
  if (input.rowVersion !== undefined && row.rowVersion !== input.rowVersion) throw conflict("rules.conflict.changed", { version: row.version });
  return { ...row, params: numericParams(row.params) };
}

/** The rule's active version, locked: approvals of two drafts of one rule queue here. */
export async function lockActive(tx: Tx, ruleId: string): Promise<LockedVersion | null> {
  const [row] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM fraud_rule_version WHERE rule_id = ${ruleId} AND status = 'ACTIVE' FOR UPDATE`;
  return row ? lockVersion(tx, { versionId: row.id }) : null;
}

export function definitionOf(code: string): FraudRuleDefinition {
  const definition = ruleByCode(code);
  if (!definition) throw wrongState("rules.errors.unknownRule", { code });
  return definition;
}

/** A draft written against a version that is no longer active cannot be submitted or approved. */
export function assertFresh(draft: LockedVersion, active: LockedVersion | null): void {
  if (active && draft.baseVersionId !== active.id) throw wrongState("rules.errors.stale", { version: draft.version, active: active.version });
}

export function assertAuthor(draft: LockedVersion, actor: RuleActor): void {
  if (draft.createdById !== actor.staff.id) throw wrongState("rules.errors.notYourDraft");
}

/** Four eyes: the author of a version never approves or rejects it, whatever their roles. */
export function assertNotAuthor(draft: LockedVersion, actor: RuleActor): void {
  if (draft.createdById === actor.staff.id) throw new ActionError("forbidden", "rules.errors.ownDraft");
}

/** Bumps the rowVersion with the change, only if nobody else changed the row since it was locked. */
export async function writeVersion(tx: Tx, row: LockedVersion, data: Prisma.FraudRuleVersionUncheckedUpdateManyInput): Promise<number> {
  const { count } = await tx.fraudRuleVersion.updateMany({ where: { id: row.id, rowVersion: row.rowVersion }, data: { ...data, rowVersion: { increment: 1 } } });
  if (count !== 1) throw conflict("rules.conflict.changed", { version: row.version });
  return row.rowVersion + 1;
}
