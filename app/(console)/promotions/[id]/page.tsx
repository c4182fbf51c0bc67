import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { PageHeader } from "@/components/layout/page-header";
import { Badge } from "@/components/ui/badge";
import { buttonClassName } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { HeldRewardsPanel } from "@/components/promotions/abuse/held-rewards-panel";
import { ActivityCard } from "@/components/promotions/detail/activity-card";
import { ChangeCard } from "@/components/promotions/detail/change-card";
import { FactsCard } from "@/components/promotions/detail/facts-card";
import { LifecycleControls } from "@/components/promotions/detail/lifecycle-controls";
import { diffParams } from "@/lib/promotions/diff";
import { ParamsCard } from "@/components/promotions/detail/params-card";
import { StateBanner } from "@/components/promotions/detail/state-banner";
import { VersionsCard } from "@/components/promotions/detail/versions-card";
import { PromotionStatusBadge } from "@/components/promotions/list/status-badge";
import { GuardBanner } from "@/components/promotions/performance/guard-banner";
import { can } from "@/lib/auth/permissions";
import { requireArea } from "@/lib/auth/page-gate";
import { DataValue } from "@/lib/i18n/data-value";
import { fill } from "@/lib/i18n/fill";
import { getTranslator } from "@/lib/i18n/server";
import { CATALOGUES } from "@/lib/i18n/translate";
import { getPromotionDetail } from "@/lib/promotions/lifecycle/queries";
import { promotionSteps } from "@/lib/promotions/lifecycle/transitions";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await getTranslator();
  const promotion = await getPromotionDetail((await params).id);
  return { title: fill(CATALOGUES[locale].promotionReview.detail.title, { name: promotion?.name ?? "" }) };
}

export default async function PromotionPage({ params }: Props) {
  const staff = await requireArea("/promotions");
  const { t, locale } = await getTranslator();
  const promotion = await getPromotionDetail((await params).id);
  if (!promotion) notFound();
  const m = { review: CATALOGUES[locale].promotionReview, promotions: CATALOGUES[locale].promotions, transactions: CATALOGUES[locale].transactions };
  const viewer = {
    id: staff.id,
    canEdit: can(staff.roles, "promotion:edit"),
    canApprove: can(staff.roles, "promotion:approve"),
    canSimulate: can(staff.roles, "promotion:simulate"),
  };
  const live = promotion.versions.find((v) => v.id === promotion.liveVersionId) ?? null;
  const open = promotion.versions.filter((v) => v.status === "PENDING_APPROVAL" || v.status === "DRAFT");
  const newest = promotion.versions[0];
  // A rejected version stays in view (with its reason) until its author saves a new draft.
  const shown = [...open.filter((v) => v.status === "PENDING_APPROVAL"), ...open.filter((v) => v.status === "DRAFT"), ...(newest?.status === "REJECTED" && promotion.status !== "ENDED" ? [newest] : [])];
  const openChange = live?.params ? open.find((v) => !v.params || diffParams(live.params, v.params).length > 0) : undefined;
  const steps = can(staff.roles, "promotion:pause")
    ? promotionSteps({ status: promotion.status, hasLive: live !== null, startsAt: promotion.startsAt, endsAt: promotion.endsAt, now: new Date(), openChange: openChange !== undefined })
    : [];
  const editable = viewer.canEdit && promotion.status !== "ENDED" && !open.some((v) => v.status === "PENDING_APPROVAL");

  return (
    <div className="flex flex-col gap-4">
      <PageHeader
        title={<DataValue>{promotion.name}</DataValue>}
        breadcrumbs={[{ label: m.promotions.title, href: "/promotions" }]}
        breadcrumbsLabel={m.promotions.title}
        actions={
          <div className="flex flex-wrap items-start justify-end gap-2">
            {editable ? <Link href={`/promotions/${promotion.id}/edit`} className={buttonClassName("secondary")} data-testid="promotion-edit">{m.review.detail.edit}</Link> : null}
            {live ? <Link href={`/promotions/${promotion.id}/performance`} className={buttonClassName("secondary")} data-testid="promotion-performance">{m.review.detail.performance}</Link> : null}
            {steps.length > 0 ? <LifecycleControls promotionId={promotion.id} name={promotion.name} version={promotion.version} steps={steps} /> : null}
          </div>
        }
      >
        <div className="mt-2 flex flex-wrap items-center gap-2 text-xs text-ink-muted">
          <PromotionStatusBadge status={promotion.status} label={m.promotions.status[promotion.status]} />
          <Badge>{m.promotions.type[promotion.type]}</Badge>
          <span>{live ? `${m.review.detail.liveVersion} ${fill(m.review.detail.liveVersionValue, { number: live.number })}` : m.review.detail.noLiveVersion}</span>
        </div>
      </PageHeader>
      <FactsCard promotion={promotion} locale={locale} m={m} />
      <GuardBanner promotion={{ id: promotion.id, status: promotion.status, pauseReason: promotion.pauseReason, guardFinding: promotion.guardFinding }} />
      <StateBanner promotion={promotion} pendingChange={promotion.status === "PAUSED" && openChange ? openChange.number : null} locale={locale} m={m} />
      <div className="grid grid-cols-1 items-start gap-4 xl:grid-cols-[minmax(0,1fr)_26rem]">
        <div className="flex min-w-0 flex-col gap-4">
          {shown.map((version) => (
            <ChangeCard key={version.id} promotion={promotion} version={version} viewer={viewer} locale={locale} m={m} />
          ))}
          {live || shown.length === 0 ? <ParamsCard params={live?.params ?? promotion.params} live={live !== null} locale={locale} m={m} /> : null}
          {live ? (
            <Suspense fallback={<Skeleton className="h-40 w-full" />}>
              <HeldRewardsPanel promotionId={promotion.id} canReview={can(staff.roles, "reward:review")} />
            </Suspense>
          ) : null}
        </div>
        <div className="flex min-w-0 flex-col gap-4">
          <VersionsCard promotion={promotion} locale={locale} m={m} />
          <Suspense fallback={<Skeleton className="h-64 w-full" />}>
            <ActivityCard promotionId={promotion.id} locale={locale} t={t} m={m} />
          </Suspense>
        </div>
      </div>
    </div>
  );
}
