// The promotion page's reads: the promotion with who made, paused and ended it, its versions with their
// authors and deciders, and its activity from the audit trail (every lifecycle, editor and guard event is
// recorded against the promotion, so one indexed query finds them).
import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { PromotionStatus, PromotionType, PromotionVersionStatus } from "@/lib/generated/prisma/enums";
import { paramsOrNull } from "@/lib/promotions/lifecycle/steps";
import { promotionParamsShape, type PromotionParams } from "@/lib/promotions/params";

export interface PromotionVersionView {
  id: string;
  number: number;
  status: PromotionVersionStatus;
  params: PromotionParams | null;
  baseVersionId: string | null;
  authorId: string;
  authorName: string;
  note: string | null;
  submittedAt: Date | null;
  decidedByName: string | null;
  decidedAt: Date | null;
  rejectionReason: string | null;
  rowVersion: number;
  createdAt: Date;
}

export interface PromotionDetail {
  id: string;
  name: string;
  type: PromotionType;
  status: PromotionStatus;
  version: number;
  params: PromotionParams | null;
  budgetFen: bigint;
  spentFen: bigint;
  startsAt: Date;
  endsAt: Date;
  createdAt: Date;
  createdByName: string | null;
  liveVersionId: string | null;
  pausedAt: Date | null;
  pausedByName: string | null;
  pauseReason: string | null;
  pauseNote: string | null;
  guardFinding: unknown;
  endedAt: Date | null;
  endedByName: string | null;
  /** Newest first. */
  versions: PromotionVersionView[];
}

const name = { select: { name: true } } as const;

export const getPromotionDetail = cache(async (id: string): Promise<PromotionDetail | null> => {
  const row = await db.promotion.findUnique({
    where: { id },
    select: {
      id: true, name: true, type: true, status: true, version: true, params: true, budgetFen: true, spentFen: true, startsAt: true, endsAt: true, createdAt: true,
      liveVersionId: true, pausedAt: true, pauseReason: true, pauseNote: true, guardFinding: true, endedAt: true,
      createdBy: name, pausedBy: name, endedBy: name,
      versions: {
        orderBy: { number: "desc" },
        select: {
          id: true, number: true, status: true, params: true, baseVersionId: true, authorId: true, note: true, submittedAt: true, decidedAt: true,
          rejectionReason: true, rowVersion: true, createdAt: true, author: name, decidedBy: name,
        },
      },
    },
  });
  if (!row) return null;
  return {
    id: row.id,
    name: row.name,
    type: row.type,
    status: row.status,
    version: row.version,
    params: paramsOrNull(row.params),
    budgetFen: row.budgetFen,
    spentFen: row.spentFen,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    createdAt: row.createdAt,
    createdByName: row.createdBy?.name ?? null,
    liveVersionId: row.liveVersionId,
    pausedAt: row.pausedAt,
    pausedByName: row.pausedBy?.name ?? null,
    pauseReason: row.pauseReason,
    pauseNote: row.pauseNote,
    guardFinding: row.guardFinding,
    endedAt: row.endedAt,
    endedByName: row.endedBy?.name ?? null,
    versions: row.versions.map((v) => ({
      id: v.id,
      number: v.number,
      status: v.status,
      params: paramsOrNull(v.params),
      baseVersionId: v.baseVersionId,
      authorId: v.authorId,
      authorName: v.author.name,
      note: v.note,
      submittedAt: v.submittedAt,
      decidedByName: v.decidedBy?.name ?? null,
      decidedAt: v.decidedAt,
      rejectionReason: v.rejectionReason,
      rowVersion: v.rowVersion,
      createdAt: v.createdAt,
    })),
  };
});

export interface PromotionActivity {
  id: bigint;
  at: Date;
  action: string;
  actorName: string | null;
  /** The actor's email when the staff row is gone; null for the system (the clock, the guard). */
  actorEmail: string | null;
  reason: string | null;
  failed: boolean;
  versionNumber: number | null;
  /** Parameter fields the event changed (those it recorded on both sides with different values). */
  changed: string[];
}

export async function getPromotionActivity(promotionId: string): Promise<PromotionActivity[]> {
  const events = await db.auditEvent.findMany({
    where: { entityType: "Promotion", entityId: promotionId },
    orderBy: { id: "desc" },
    take: 200,
    select: { id: true, createdAt: true, action: true, actorEmail: true, reason: true, outcome: true, before: true, after: true, actor: name },
  });
  return events.map((e) => {
    const before = record(e.before);
    const after = record(e.after);
    const number = after.versionNumber ?? after.number;
    return {
      id: e.id,
      at: e.createdAt,
      action: e.action,
      actorName: e.actor?.name ?? null,
      actorEmail: e.actorEmail,
      reason: e.reason,
      failed: e.outcome === "FAILURE",
      versionNumber: typeof number === "number" ? number : null,
      changed: Object.keys(after).filter((k) => PARAM_KEYS.has(k) && k in before && JSON.stringify(before[k]) !== JSON.stringify(after[k])),
    };
  });
}

const record = (value: unknown): Record<string, unknown> => (value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {});

const PARAM_KEYS = new Set([...Object.keys(promotionParamsShape), "promotionName"]);
