// The overview's tiles. Each is an async server component that reads its own figures, so one slow query
// never holds up the others (each sits in its own Suspense boundary). Every tile links to the list it
// counts, under that list's name (lib/overview/links.ts).
import { Stat } from "@/components/ui/stat";
import { TileGrid } from "@/components/overview/overview-section";
import { getTranslator } from "@/lib/i18n/server";
import { formatCny, formatCount } from "@/lib/money";
import { overviewLinks, reportLinks } from "@/lib/overview/links";
import { overviewAlerts, overviewAudit, overviewKyc, overviewPromotions, overviewReports, overviewToday, overviewWallets } from "@/lib/overview/queries";
import { shanghaiDay } from "@/lib/time";
import { KYC_SLA_HOURS } from "@/lib/kyc/review/reasons";

export async function KycFigures({ now }: { now: Date }) {
  const [{ t, locale }, kyc] = await Promise.all([getTranslator(), overviewKyc(now)]);
  const links = overviewLinks(now);
  return (
    <TileGrid>
      <Stat label={t(links.kycOpen.label)} value={formatCount(kyc.waiting, locale)} hint={t("overview.kycWaitingHint")} tone="info" href={links.kycOpen.href} />
      <Stat
        label={t(links.kycOverdue.label)}
        value={formatCount(kyc.overdue, locale)}
        hint={t("overview.kycOverdueHint", { hours: KYC_SLA_HOURS })}
        tone={kyc.overdue > 0 ? "danger" : "success"}
        href={links.kycOverdue.href}
      />
      <Stat label={t(links.kycNeedsInfo.label)} value={formatCount(kyc.needsInfo, locale)} hint={t("overview.kycNeedsInfoHint")} tone="warning" href={links.kycNeedsInfo.href} />
    </TileGrid>
  );
}

export async function TodayFigures({ now }: { now: Date }) {
  const [{ t, locale }, { today, yesterday }] = await Promise.all([getTranslator(), overviewToday(now)]);
  const links = overviewLinks(now);
  return (
    <TileGrid>
      <Stat
        label={t(links.transactionsToday.label)}
        value={<span data-testid="today-count">{formatCount(today.count, locale)}</span>}
        hint={t("overview.yesterdayCompare", { value: formatCount(yesterday.count, locale) })}
        tone="brand"
        href={links.transactionsToday.href}
      />
      <Stat
        label={t(links.transactionsTodayValue.label)}
        value={<span data-testid="today-value">{formatCny(today.valueFen, locale)}</span>}
        hint={t("overview.yesterdayCompare", { value: formatCny(yesterday.valueFen, locale) })}
        tone="brand"
        href={links.transactionsTodayValue.href}
      />
    </TileGrid>
  );
}

export async function WalletFigures({ now }: { now: Date }) {
  const [{ t, locale }, wallets] = await Promise.all([getTranslator(), overviewWallets()]);
  const links = overviewLinks(now);
  return (
    <TileGrid>
      <Stat label={t(links.walletsActive.label)} value={formatCount(wallets.active, locale)} tone="success" href={links.walletsActive.href} />
      <Stat label={t(links.walletsFrozen.label)} value={formatCount(wallets.frozen, locale)} tone={wallets.frozen > 0 ? "warning" : "neutral"} href={links.walletsFrozen.href} />
    </TileGrid>
  );
}

export async function AuditFigures({ now }: { now: Date }) {
  const [{ t, locale }, events] = await Promise.all([getTranslator(), overviewAudit(now)]);
  const links = overviewLinks(now);
  return (
    <TileGrid>
      <Stat label={t(links.auditToday.label)} value={formatCount(events, locale)} hint={t("overview.auditEventsHint")} tone="neutral" href={links.auditToday.href} />
    </TileGrid>
  );
}

/** Unresolved alerts per severity, most severe first; each tile opens the queue filtered to it. */
export async function AlertFigures({ now }: { now: Date }) {
  const [{ t, locale }, alerts] = await Promise.all([getTranslator(), overviewAlerts()]);
  const links = overviewLinks(now);
  const tiles = [
    { link: links.alertsCritical, count: alerts.CRITICAL, tone: "danger" as const },
    { link: links.alertsHigh, count: alerts.HIGH, tone: "danger" as const },
    { link: links.alertsMedium, count: alerts.MEDIUM, tone: "warning" as const },
    { link: links.alertsLow, count: alerts.LOW, tone: "neutral" as const },
  ];
  return (
    <TileGrid>
      {tiles.map(({ link, count, tone }) => (
        <Stat key={link.href} label={t(link.label)} value={formatCount(count, locale)} hint={t("alerts.overview.hint")} tone={count > 0 ? tone : "success"} href={link.href} />
      ))}
    </TileGrid>
  );
}

/** Promotions for marketing and the manager: running, waiting for my approval (a manager's), paused, held
 *  rewards (for those who review them). Each opens the promotion list's tab of the same name. */
export async function PromotionFigures({ now, viewerId, approver, reviewer }: { now: Date; viewerId: string; approver: boolean; reviewer: boolean }) {
  const [{ t, locale }, p] = await Promise.all([getTranslator(), overviewPromotions(viewerId)]);
  const links = overviewLinks(now);
  return (
    <TileGrid>
      <Stat label={t(links.promotionsActive.label)} value={formatCount(p.active, locale)} hint={t("overview.promotionsActiveHint")} tone="success" href={links.promotionsActive.href} />
      {approver ? (
        <Stat label={t(links.promotionsMine.label)} value={formatCount(p.mine, locale)} hint={t("overview.promotionsMineHint")} tone={p.mine > 0 ? "warning" : "success"} href={links.promotionsMine.href} />
      ) : null}
      <Stat
        label={t(links.promotionsPaused.label)}
        value={formatCount(p.paused, locale)}
        hint={t("overview.promotionsPausedHint", { count: formatCount(p.autoPaused, locale) })}
        tone={p.autoPaused > 0 ? "danger" : "neutral"}
        href={links.promotionsPaused.href}
      />
      {reviewer && p.mostHeld ? (
        <Stat label={t("overview.heldRewards")} value={formatCount(p.held, locale)} hint={t("overview.heldRewardsHint")} tone="warning" href={`/promotions/${encodeURIComponent(p.mostHeld)}`} />
      ) : null}
    </TileGrid>
  );
}

/**
 * Regulatory reports to act on, both kinds together (the hint splits them): drafts, awaiting review (for
 * those who approve: awaiting *my* approval, four eyes), approved awaiting the file, overdue (red when any).
 * Each tile opens the list of the kind that has some, filtered to the set it counts.
 */
export async function ReportFigures({ viewerId, approver }: { viewerId: string; approver: boolean }) {
  const [{ t, locale }, r] = await Promise.all([getTranslator(), overviewReports(viewerId, shanghaiDay(new Date()))]);
  type Key = "drafts" | "awaitingReview" | "awaitingMe" | "approved" | "overdue";
  const tile = (key: Key) => {
    const lvr = r.LARGE_VALUE[key];
    const str = r.SUSPICIOUS[key];
    const links = reportLinks(lvr === 0 && str > 0 ? "SUSPICIOUS" : "LARGE_VALUE");
    return { total: lvr + str, link: links[key], byKind: t("reports.overview.byKind", { lvr: formatCount(lvr, locale), str: formatCount(str, locale) }) };
  };
  const drafts = tile("drafts");
  const review = tile(approver ? "awaitingMe" : "awaitingReview");
  const approved = tile("approved");
  const overdue = tile("overdue");
  const returned = r.LARGE_VALUE.returned + r.SUSPICIOUS.returned;
  return (
    <TileGrid>
      <Stat label={t(drafts.link.label)} value={formatCount(drafts.total, locale)} hint={t("reports.overview.draftsHint", { byKind: drafts.byKind, returned: formatCount(returned, locale) })} tone="neutral" href={drafts.link.href} />
      <Stat
        label={t(review.link.label)}
        value={formatCount(review.total, locale)}
        hint={t(approver ? "reports.overview.awaitingMeHint" : "reports.overview.awaitingReviewHint", { byKind: review.byKind })}
        tone={review.total > 0 ? "warning" : "success"}
        href={review.link.href}
      />
      <Stat label={t(approved.link.label)} value={formatCount(approved.total, locale)} hint={t("reports.overview.approvedHint", { byKind: approved.byKind })} tone="info" href={approved.link.href} />
      <Stat label={t(overdue.link.label)} value={formatCount(overdue.total, locale)} hint={t("reports.overview.overdueHint", { byKind: overdue.byKind })} tone={overdue.total > 0 ? "danger" : "success"} href={overdue.link.href} />
    </TileGrid>
  );
}
