// Rules and their versions as the /rules pages show them, with any Prisma client (queries.ts binds the
// app's). The registry (lib/fraud/rules) gives names, descriptions and parameter specs; the database gives
// versions, the switch and the alerts counted over the last seven days.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AlertSeverity, RuleVersionStatus } from "@/lib/generated/prisma/enums";
import { FRAUD_RULES, ruleByCode } from "@/lib/fraud/rules";
import type { FraudRuleDefinition } from "@/lib/fraud/rules/types";
import { numericParams } from "@/lib/fraud/versions/params";

type Reader = Pick<Prisma.TransactionClient, "fraudRule" | "fraudRuleVersion" | "$queryRaw">;

export interface VersionView {
  id: string;
  version: number;
  status: RuleVersionStatus;
  params: Record<string, number>;
  severity: AlertSeverity;
  enabled: boolean;
  note: string | null;
  baseVersionId: string | null;
  rejectionReason: string | null;
  rowVersion: number;
  createdById: string | null;
  createdBy: string | null;
  approvedBy: string | null;
  createdAt: Date;
  submittedAt: Date | null;
  approvedAt: Date | null;
}

export interface RuleSummary {
  id: string;
  code: string;
  definition: FraudRuleDefinition | null;
  /** The stored name, for a rule the registry no longer has. */
  storedName: string;
  active: VersionView | null;
  /** When the active version took effect. */
  lastChange: Date | null;
  alerts7d: number;
  pending: number;
  drafts: number;
}

const versionSelect = {
  id: true,
  version: true,
  status: true,
  params: true,
  severity: true,
  enabled: true,
  note: true,
  baseVersionId: true,
  rejectionReason: true,
  rowVersion: true,
  createdById: true,
  createdAt: true,
  submittedAt: true,
  approvedAt: true,
  createdBy: { select: { name: true } },
  approvedBy: { select: { name: true } },
} satisfies Prisma.FraudRuleVersionSelect;

function versionView(row: Prisma.FraudRuleVersionGetPayload<{ select: typeof versionSelect }>): VersionView {
  return {
    id: row.id,
    version: row.version,
    status: row.status,
    params: numericParams(row.params),
    severity: row.severity,
    enabled: row.enabled,
    note: row.note,
    baseVersionId: row.baseVersionId,
    rejectionReason: row.rejectionReason,
    rowVersion: row.rowVersion,
    createdById: row.createdById,
    createdBy: row.createdBy?.name ?? null,
    approvedBy: row.approvedBy?.name ?? null,
    createdAt: row.createdAt,
    submittedAt: row.submittedAt,
    approvedAt: row.approvedAt,
  };
}

const registryOrder = (code: string) => {
  const i = FRAUD_RULES.findIndex((r) => r.code === code);
  return i === -1 ? FRAUD_RULES.length : i;
};

export async function listRules(db: Reader, now = new Date()): Promise<RuleSummary[]> {
  const since = new Date(now.getTime() - 7 * 86_400_000);
  const [rules, counts] = await Promise.all([
    db.fraudRule.findMany({
      select: {
        id: true,
        code: true,
        name: true,
        versions: { where: { status: { in: ["ACTIVE", "PENDING_APPROVAL", "DRAFT", "REJECTED"] } }, select: versionSelect },
      },
    }),
    db.$queryRaw<{ rule_id: string; n: bigint }[]>`SELECT rule_id, count(*) AS n FROM fraud_alert WHERE created_at >= ${since} GROUP BY rule_id`,
  ]);
  const alerts = new Map(counts.map((c) => [c.rule_id, Number(c.n)]));
  return rules
    .map((rule) => {
      const active = rule.versions.find((v) => v.status === "ACTIVE");
      return {
        id: rule.id,
        code: rule.code,
        definition: ruleByCode(rule.code) ?? null,
        storedName: rule.name,
        active: active ? versionView(active) : null,
        lastChange: active ? (active.approvedAt ?? active.createdAt) : null,
        alerts7d: alerts.get(rule.id) ?? 0,
        pending: rule.versions.filter((v) => v.status === "PENDING_APPROVAL").length,
        drafts: rule.versions.filter((v) => v.status === "DRAFT" || v.status === "REJECTED").length,
      };
    })
    .sort((a, b) => registryOrder(a.code) - registryOrder(b.code) || a.code.localeCompare(b.code));
}

export interface RuleDetail {
  id: string;
  code: string;
  storedName: string;
  definition: FraudRuleDefinition | null;
  /** Newest first. */
  versions: VersionView[];
  active: VersionView | null;
}

export async function ruleDetail(db: Reader, code: string): Promise<RuleDetail | null> {
  const rule = await db.fraudRule.findUnique({
    where: { code },
    select: { id: true, code: true, name: true, versions: { select: versionSelect, orderBy: { version: "desc" } } },
  });
  if (!rule) return null;
  const versions = rule.versions.map(versionView);
  return { id: rule.id, code: rule.code, storedName: rule.name, definition: ruleByCode(rule.code) ?? null, versions, active: versions.find((v) => v.status === "ACTIVE") ?? null };
}
