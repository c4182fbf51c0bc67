// The rules in force (thresholds in ¥ and USD, USD rate, deadline, retention, institution) and every
// version, newest first. Server component: reads the rule sets itself. A lead gets the new-version form.
import { Badge } from "@/components/ui/badge";
import { Card, CardBody } from "@/components/ui/card";
import { PlainTable, cellClassName } from "@/components/ui/plain-table";
import { NewRuleSetButton, type RuleSetDefaults } from "@/components/reports/settings/rule-set-form";
import { db } from "@/lib/db";
import { THRESHOLD_CODES, type ThresholdCode } from "@/lib/reports/fields";
import { ruleSetVersions, type RuleSet } from "@/lib/reports/rules/rule-set";
import { formatCny, formatForeign } from "@/lib/money";
import { getTranslator } from "@/lib/i18n/server";
import { formatDateTime, shanghaiDay } from "@/lib/time";

const minorText = (minor: bigint) => (minor % 100n === 0n ? (minor / 100n).toString() : `${minor / 100n}.${(minor % 100n).toString().padStart(2, "0")}`);

export async function RuleSetCard({ canConfigure }: { canConfigure: boolean }) {
  const { t, locale } = await getTranslator();
  const today = shanghaiDay(new Date());
  const versions = await ruleSetVersions(db);
  const inForce = [...versions].filter((v) => v.effectiveFrom <= today).sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom) || b.version - a.version)[0];
  const creatorIds = [...new Set(versions.map((v) => v.createdById).filter((id): id is string => !!id))];
  const creators = new Map((await db.staffUser.findMany({ where: { id: { in: creatorIds } }, select: { id: true, name: true } })).map((s) => [s.id, s.name]));
  const latest = versions[0];

  const defaults: RuleSetDefaults | null = latest
    ? {
        latestVersion: latest.version,
        today,
        thresholds: Object.fromEntries(
          THRESHOLD_CODES.map((code) => [code, { reportCode: latest.thresholds[code].reportCode, cnyYuan: minorText(latest.thresholds[code].cnyFen), usdDollars: minorText(latest.thresholds[code].usdCents) }]),
        ) as RuleSetDefaults["thresholds"],
        usdCnyRate: String(latest.usdCnyRate),
        deadlineWorkingDays: latest.deadlineWorkingDays,
        retentionYears: latest.retentionYears,
        institutionCode: latest.institutionCode,
        institutionName: latest.institutionName,
      }
    : null;

  return (
    <Card
      title={t("reportsRules.ruleSet.title")}
      description={inForce ? t("reportsRules.ruleSet.inForce", { version: inForce.version, day: inForce.effectiveFrom }) : t("reportsRules.ruleSet.none")}
      actions={canConfigure && defaults ? <NewRuleSetButton defaults={defaults} /> : undefined}
      data-testid="rule-set"
    >
      {inForce ? <RuleSetBody rules={inForce} locale={locale} t={t} /> : null}
      <div className="border-t border-border">
        <h3 className="px-4 pt-3 text-sm font-semibold text-ink-strong">{t("reportsRules.ruleSet.versions")}</h3>
        <PlainTable
          caption={t("reportsRules.ruleSet.versionsCaption")}
          testId="rule-set-versions"
          headers={[
            { label: t("reportsRules.ruleSet.version") },
            { label: t("reportsRules.ruleSet.effectiveFrom") },
            { label: t("reportsRules.ruleSet.deadline") },
            { label: t("reportsRules.ruleSet.retention") },
            { label: t("reportsRules.ruleSet.rate") },
            { label: t("reportsRules.ruleSet.createdBy") },
            { label: t("reportsRules.ruleSet.createdAt") },
          ]}
        >
          {versions.map((v) => (
            <tr key={v.version} className="group/row" data-testid={`rule-set-version-${v.version}`}>
              <td className={cellClassName}>
                <span className="inline-flex items-center gap-2">
                  {v.version}
                  {v.version === inForce?.version ? <Badge tone="success">{t("reportsRules.ruleSet.current")}</Badge> : null}
                  {v.effectiveFrom > today ? <Badge tone="info">{t("reportsRules.ruleSet.future")}</Badge> : null}
                </span>
              </td>
              <td className={cellClassName}>{v.effectiveFrom}</td>
              <td className={cellClassName}>{t("reportsRules.ruleSet.deadlineDays", { days: v.deadlineWorkingDays })}</td>
              <td className={cellClassName}>{t("reportsRules.ruleSet.retentionYears", { years: v.retentionYears })}</td>
              <td className={cellClassName}>{v.usdCnyRate}</td>
              <td className={cellClassName}>{v.createdById ? (creators.get(v.createdById) ?? v.createdById) : t("reportsRules.ruleSet.system")}</td>
              <td className={cellClassName}>{formatDateTime(v.createdAt, locale)}</td>
            </tr>
          ))}
        </PlainTable>
      </div>
    </Card>
  );
}

function RuleSetBody({ rules, locale, t }: { rules: RuleSet; locale: string; t: Awaited<ReturnType<typeof getTranslator>>["t"] }) {
  const codeLabel = (code: ThresholdCode) => t(`reportsRules.ruleSet.codes.${code}`);
  return (
    <>
      <PlainTable
        caption={t("reportsRules.ruleSet.thresholdsCaption")}
        testId="rule-set-thresholds"
        headers={[{ label: t("reportsRules.ruleSet.threshold") }, { label: t("reportsRules.ruleSet.reportCode") }, { label: t("reportsRules.ruleSet.cny"), align: "end" }, { label: t("reportsRules.ruleSet.usd"), align: "end" }]}
      >
        {THRESHOLD_CODES.map((code) => (
          <tr key={code} className="group/row" data-testid={`threshold-${code}`}>
            <td className={cellClassName}>{codeLabel(code)}</td>
            <td className={cellClassName}>{rules.thresholds[code].reportCode}</td>
            <td className={`${cellClassName} text-right tabular-nums`}>{formatCny(rules.thresholds[code].cnyFen, locale)}</td>
            <td className={`${cellClassName} text-right tabular-nums`}>{formatForeign(rules.thresholds[code].usdCents, "USD", locale)}</td>
          </tr>
        ))}
      </PlainTable>
      <CardBody>
        <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2 lg:grid-cols-4">
          <Item label={t("reportsRules.ruleSet.rate")} value={t("reportsRules.ruleSet.ratePerUsd", { rate: rules.usdCnyRate })} />
          <Item label={t("reportsRules.ruleSet.deadline")} value={t("reportsRules.ruleSet.deadlineDays", { days: rules.deadlineWorkingDays })} />
          <Item label={t("reportsRules.ruleSet.retention")} value={t("reportsRules.ruleSet.retentionYears", { years: rules.retentionYears })} />
          <Item label={t("reportsRules.ruleSet.institution")} value={`${rules.institutionName} (${rules.institutionCode})`} />
          {rules.note ? <Item label={t("reportsRules.ruleSet.note")} value={rules.note} /> : null}
        </dl>
      </CardBody>
    </>
  );
}

function Item({ label, value }: { label: string; value: string }) {
  return (
    <div className="flex flex-col gap-0.5">
      <dt className="text-xs text-ink-muted">{label}</dt>
      <dd className="text-ink">{value}</dd>
    </div>
  );
}
