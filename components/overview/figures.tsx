// The overview's tiles. Each is an async server component that reads its own figures, so one slow query
// never holds up the others (each sits in its own Suspense boundary).
import { Stat } from "@/components/ui/stat";
import { TileGrid } from "@/components/overview/overview-section";
import type { Locale, Translate } from "@/lib/i18n/translate";
import { formatCny, formatCount } from "@/lib/money";
import { SEVERITIES } from "@/lib/overview/figures";
import { overviewAlerts, overviewAudit, overviewKyc, overviewPromotions, overviewToday, overviewWallets } from "@/lib/overview/queries";
import { KYC_SLA_HOURS } from "@/lib/kyc/review/reasons";

interface FigureProps {
  t: Translate;
  locale: Locale;
  now: Date;
}

export async function KycFigures({ t, locale, now }: FigureProps) {
  const kyc = await overviewKyc(now);
  return (
    <TileGrid>
      <Stat label={t("overview.kycWaiting")} value={formatCount(kyc.waiting, locale)} hint={t("overview.kycWaitingHint")} tone="info" />
      <Stat label={t("overview.kycOverdue")} value={formatCount(kyc.overdue, locale)} hint={t("overview.kycOverdueHint", { hours: KYC_SLA_HOURS })} tone={kyc.overdue > 0 ? "danger" : "success"} />
      <Stat label={t("overview.kycNeedsInfo")} value={formatCount(kyc.needsInfo, locale)} hint={t("overview.kycNeedsInfoHint")} tone="warning" />
    </TileGrid>
  );
}

const SEVERITY_TONE = { CRITICAL: "critical", HIGH: "danger", MEDIUM: "warning", LOW: "neutral" } as const;

export async function AlertFigures({ t, locale }: FigureProps) {
  const alerts = await overviewAlerts();
  return (
    <TileGrid>
      {SEVERITIES.map((severity) => (
        <Stat key={severity} label={t(`overview.severity.${severity}`)} value={formatCount(alerts[severity], locale)} tone={SEVERITY_TONE[severity]} />
      ))}
    </TileGrid>
  );
}

export async function PromotionFigures({ t, locale }: FigureProps) {
  const promotions = await overviewPromotions();
  return (
    <TileGrid>
      <Stat label={t("overview.promotionsActive")} value={formatCount(promotions.active, locale)} tone="success" />
      <Stat label={t("overview.promotionsPending")} value={formatCount(promotions.pendingApproval, locale)} tone="warning" />
      <Stat label={t("overview.promotionsScheduled")} value={formatCount(promotions.scheduled, locale)} tone="info" />
    </TileGrid>
  );
}

export async function TodayFigures({ t, locale, now }: FigureProps) {
  const { today, yesterday } = await overviewToday(now);
  return (
    <TileGrid>
      <Stat
        label={t("overview.todayCount")}
        value={<span data-testid="today-count">{formatCount(today.count, locale)}</span>}
        hint={t("overview.yesterdayCompare", { value: formatCount(yesterday.count, locale) })}
        tone="brand"
      />
      <Stat
        label={t("overview.todayValue")}
        value={<span data-testid="today-value">{formatCny(today.valueFen, locale)}</span>}
        hint={t("overview.yesterdayCompare", { value: formatCny(yesterday.valueFen, locale) })}
        tone="brand"
      />
    </TileGrid>
  );
}

export async function WalletFigures({ t, locale }: FigureProps) {
  const wallets = await overviewWallets();
  return (
    <TileGrid>
      <Stat label={t("overview.walletsActive")} value={formatCount(wallets.active, locale)} tone="success" />
      <Stat label={t("overview.walletsFrozen")} value={formatCount(wallets.frozen, locale)} tone={wallets.frozen > 0 ? "warning" : "neutral"} />
    </TileGrid>
  );
}

export async function AuditFigures({ t, locale, now }: FigureProps) {
  const events = await overviewAudit(now);
  return (
    <TileGrid>
      <Stat label={t("overview.auditEventsToday")} value={formatCount(events, locale)} hint={t("overview.auditEventsHint")} tone="neutral" />
    </TileGrid>
  );
}
