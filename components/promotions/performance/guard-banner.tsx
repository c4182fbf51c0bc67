"use client";
// The automatic guard's alert (lib/promotions/performance/guard.ts), for the performance page and the
// promotion's detail page: a danger banner while the guard's pause stands, with what it measured; an
// informational one on a running promotion a person resumed after such a pause, which the guard pauses
// again only if the finding gets worse. Nothing otherwise. Reads the promotionPerformance namespace, which
// the promotions layout provides.
import Link from "next/link";
import { AlertBanner } from "@/components/ui/alert-banner";
import { fill } from "@/lib/i18n/fill";
import { useLocale, useMessages } from "@/lib/i18n/provider";
import { formatCny } from "@/lib/money";
import { isGuardPause, readGuardFinding } from "@/lib/promotions/performance/finding";
import { formatDateTime } from "@/lib/time";

export interface GuardBannerProps {
  promotion: { id: string; status: string; pauseReason: string | null; guardFinding: unknown };
  /** The link to the performance page (off on that page itself). */
  showLink?: boolean;
  className?: string;
}

export function GuardBanner({ promotion, showLink = true, className }: GuardBannerProps) {
  const m = useMessages("promotionPerformance").guard;
  const locale = useLocale();
  const finding = readGuardFinding(promotion.guardFinding);
  if (!finding) return null;
  const fen = (n: number) => formatCny(BigInt(Math.round(n)), locale);
  const link = showLink ? (
    <Link href={`/promotions/${promotion.id}/performance`} className="text-sm font-medium text-brand-700 underline-offset-2 hover:underline">
      {m.view}
    </Link>
  ) : undefined;
  if (isGuardPause(promotion) && promotion.pauseReason === finding.kind) {
    const values = {
      at: formatDateTime(new Date(finding.at)),
      measured: finding.kind === "FRAUD_SHARE" ? String(finding.measured) : fen(finding.measured),
      limit: finding.kind === "FRAUD_SHARE" ? String(finding.limit) : fen(finding.limit),
      day: finding.forecastExhaustionDay ?? "",
      rewards: finding.rewards,
      days: finding.days,
    };
    return (
      <AlertBanner tone="danger" title={m.pausedTitle[finding.kind]} testId="promotion-guard-banner" action={link} className={className}>
        {fill(m.pausedBody[finding.kind], values)}
      </AlertBanner>
    );
  }
  if (promotion.status === "ACTIVE" || promotion.status === "SCHEDULED") {
    return (
      <AlertBanner tone="info" title={m.resumedTitle} testId="promotion-guard-resumed" action={link} className={className}>
        {fill(m.resumedBody, { at: formatDateTime(new Date(finding.at)), kind: m.kind[finding.kind] })}
      </AlertBanner>
    );
  }
  return null;
}
