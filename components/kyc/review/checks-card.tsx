// The automated checks: each check's outcome as an icon and a word, with its explanation, and the risk
// score and level. Check names and explanations come from the kycChecks area; a missing one shows its code.
import type { ReactNode } from "react";
import { CircleCheck, OctagonX, TriangleAlert } from "lucide-react";
import { clsx } from "clsx";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { cellClassName, PlainTable } from "@/components/ui/plain-table";
import { RiskBadge } from "@/components/kyc/review/status-badges";
import { fill, optionalT } from "@/components/kyc/review/messages";
import type { RiskLevel } from "@/lib/generated/prisma/enums";
import type { CheckOutcome, KycCheckResult } from "@/lib/kyc/checks/types";
import { DataValue, fillNodes } from "@/lib/i18n/data-value";
import { tierNumeral } from "@/lib/i18n/glossary";
import { getMessages, getTranslator } from "@/lib/i18n/server";
import type { Translate } from "@/lib/i18n/translate";
import { bankNameIn } from "@/lib/sim/data/banks";

const OUTCOME = {
  pass: { icon: CircleCheck, className: "text-success-fg" },
  warn: { icon: TriangleAlert, className: "text-warning-fg" },
  fail: { icon: OctagonX, className: "text-danger-fg" },
} as const satisfies Record<CheckOutcome, unknown>;

export function riskLabel(t: Translate, level: RiskLevel): string {
  return optionalT(t, `kycChecks.level.${level}`, t(`kycReview.risk.${level}`));
}

export async function ChecksCard({ results, score, level }: { results: KycCheckResult[]; score: number; level: RiskLevel }) {
  const [{ t, locale }, messages] = await Promise.all([getTranslator(), getMessages()]);
  const m = messages.kycReview;
  // The issuer comes from our BIN table, so English explanations name it in English (bankNameIn); account
  // classes read as the regulator numbers them (III类账户, Class III account); the other words are the
  // customer's data (names, dates, ids) and are marked as values inside the sentence.
  const values = ({ values: v }: KycCheckResult): Record<string, ReactNode> =>
    Object.fromEntries(
      Object.entries(v ?? {}).map(([key, value]) => [
        key,
        key === "bankName" && typeof value === "string" ? bankNameIn(value, locale) : key === "tier" || key === "fallbackTier" ? tierNumeral(value) : typeof value === "string" ? <DataValue>{value}</DataValue> : value,
      ]),
    );
  const count = (outcome: CheckOutcome) => results.filter((r) => r.outcome === outcome).length;
  const td = cellClassName;
  return (
    <Card
      title={m.checks.title}
      description={results.length ? fill(m.checks.summary, { pass: count("pass"), warn: count("warn"), fail: count("fail") }) : m.checks.description}
      data-testid="kyc-checks"
      actions={
        <div className="flex items-center gap-2 text-xs text-ink-muted">
          <span>
            {m.checks.score} <span className="num text-sm font-semibold text-ink-strong" data-testid="kyc-risk-score">{score}</span>
          </span>
          <RiskBadge level={level} label={riskLabel(t, level)} testId="kyc-risk-level" />
        </div>
      }
    >
      {results.length === 0 ? (
        <EmptyState title={m.checks.empty} className="py-6" />
      ) : (
        <PlainTable caption={m.checks.caption} headers={[{ label: m.checks.check }, { label: m.checks.outcomeHeader }, { label: m.checks.detail }]}>
          {results.map((result, index) => {
            const look = OUTCOME[result.outcome] ?? OUTCOME.warn;
            const Icon = look.icon;
            return (
              <tr key={`${result.code}-${index}`} className="group/row" data-testid={`kyc-check-${result.code}`} data-outcome={result.outcome}>
                <th scope="row" className={clsx(td, "text-left font-medium")}>
                  {optionalT(t, `kycChecks.names.${result.code}`, result.code)}
                </th>
                <td className={clsx(td, "whitespace-nowrap")}>
                  <span className={clsx("inline-flex items-center gap-1 font-medium", look.className)}>
                    <Icon aria-hidden className="size-4" />
                    {optionalT(t, `kycChecks.outcome.${result.outcome}`, m.checks.outcome[result.outcome] ?? result.outcome)}
                  </span>
                </td>
                <td className={clsx(td, "text-ink-muted")}>
                  {result.detail ? fillNodes(optionalT(t, result.detail, result.detail), values(result)) : <Badge>{m.noValue}</Badge>}
                </td>
              </tr>
            );
          })}
        </PlainTable>
      )}
    </Card>
  );
}
