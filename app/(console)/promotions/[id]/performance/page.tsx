import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/layout/page-header";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody } from "@/components/ui/card";
import { Stat } from "@/components/ui/stat";
import type { Tone } from "@/components/ui/tone";
import { BurnChart, DailyRewardsChart, ParticipantsChart } from "@/components/promotions/performance/charts";
import { ComparisonCard } from "@/components/promotions/performance/comparison-card";
import { GuardBanner } from "@/components/promotions/performance/guard-banner";
import { requireArea } from "@/lib/auth/page-gate";
import { DataValue, fillNodes } from "@/lib/i18n/data-value";
import { fill } from "@/lib/i18n/fill";
import { getTranslator } from "@/lib/i18n/server";
import { CATALOGUES } from "@/lib/i18n/translate";
import { formatCny, formatCount } from "@/lib/money";
import { POINT_VALUE_FEN } from "@/lib/promotions/reward-value";
import { fraudSharePercent } from "@/lib/promotions/performance/read";
import { getPromotionPerformance } from "@/lib/promotions/performance/queries";
import { formatDateTime } from "@/lib/time";
import type { PromotionStatus } from "@/lib/generated/prisma/enums";

// As the detail page's badge: waiting amber, running green, stopped grey, refused red.
const STATUS_TONE: Record<PromotionStatus, Tone> = { DRAFT: "neutral", PENDING_APPROVAL: "warning", SCHEDULED: "info", ACTIVE: "success", PAUSED: "warning", ENDED: "neutral", REJECTED: "danger" };

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await getTranslator();
  const performance = await getPromotionPerformance((await params).id);
  return { title: fill(CATALOGUES[locale].promotionPerformance.pageTitle, { name: performance?.name ?? "" }) };
}

// The running promotion's figures (lib/promotions/performance/read.ts), read fresh on every request.
export default async function PromotionPerformancePage({ params }: Props) {
  await requireArea("/promotions");
  const { locale } = await getTranslator();
  const p = await getPromotionPerformance((await params).id);
  if (!p) notFound();
  const m = CATALOGUES[locale].promotionPerformance;
  const promotions = CATALOGUES[locale].promotions;
  const money = (fen: bigint | number) => formatCny(typeof fen === "bigint" ? fen : BigInt(Math.round(fen)), locale);
  const count = (n: number) => formatCount(n, locale);
  const percent = (share: number) => new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 }).format(share);
  const started = p.now >= p.startsAt;
  const f = p.forecast;
  const rewards = p.daily.reduce((n, d) => n + d.rewards, 0);
  const participants = p.participants.at(-1)?.total ?? 0;
  const share = fraudSharePercent(p.fraud);
  const c = p.comparison;
  const rate = f.ratePerDayFen === null ? "" : money(f.ratePerDayFen);
  const exhaustion =
    f.ratePerDayFen === null
      ? { value: m.stats.exhaustionTooEarly, hint: m.stats.exhaustionTooEarlyHint, tone: undefined }
      : f.exhaustsBeforeEnd && f.exhaustionDay
        ? { value: f.exhaustionDay, hint: fill(m.stats.exhaustionHint, { days: f.windowDays, rate }), tone: "danger" as const }
        : { value: m.stats.exhaustionNever, hint: fill(m.stats.exhaustionNeverHint, { days: f.windowDays, rate }), tone: "success" as const };

  return (
    <div className="flex flex-col gap-4">
      <PageHeader
        title={fillNodes(m.pageTitle, { name: <DataValue>{p.name}</DataValue> })}
        description={m.description}
        breadcrumbs={[{ label: promotions.title, href: "/promotions" }, { label: <DataValue>{p.name}</DataValue>, href: `/promotions/${p.id}` }]}
        breadcrumbsLabel={promotions.title}
      >
        <div className="mt-2 flex flex-wrap items-center gap-2 text-xs text-ink-muted">
          <Badge tone={STATUS_TONE[p.status]} dot data-testid="performance-status" data-status={p.status}>{promotions.status[p.status]}</Badge>
          <span className="tabular-nums">{fill(m.asOf, { time: formatDateTime(p.now) })}</span>
        </div>
      </PageHeader>
      <GuardBanner promotion={{ id: p.id, status: p.status, pauseReason: p.pauseReason, guardFinding: p.guardFinding }} showLink={false} />
      {!started ? (
        <Card>
          <CardBody>
            <p className="text-sm text-ink-muted" data-testid="performance-not-started">{m.notStarted}</p>
          </CardBody>
        </Card>
      ) : (
        <>
          <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3 2xl:grid-cols-5" data-testid="performance-stats">
            <Stat label={m.stats.spent} value={<span data-testid="stat-spent">{money(p.spentFen)}</span>} hint={fill(m.stats.spentHint, { budget: money(p.budgetFen), share: percent(p.budgetFen > 0n ? Number(p.spentFen) / Number(p.budgetFen) : 0) })} />
            <Stat label={m.stats.exhaustion} value={<span data-testid="stat-exhaustion">{exhaustion.value}</span>} hint={exhaustion.hint} tone={exhaustion.tone} />
            <Stat label={m.stats.participants} value={<span data-testid="stat-participants">{count(participants)}</span>} hint={fill(m.stats.participantsHint, { rewards: count(rewards) })} />
            <Stat
              label={m.stats.incremental}
              value={<span data-testid="stat-incremental">{c && c.matched > 0 ? money(c.incrementalFen) : "—"}</span>}
              hint={c && c.costPerIncrementalYuan !== null ? fill(m.stats.incrementalHint, { cost: money(c.costPerIncrementalYuan * 100) }) : m.stats.incrementalNoLift}
            />
            <Stat
              label={m.stats.fraudShare}
              value={<span data-testid="stat-fraud-share">{`${share}%`}</span>}
              hint={fill(m.stats.fraudShareHint, { limit: p.fraudShareLimitPercent, customers: count(p.fraud.flaggedCustomers) })}
              tone={share > p.fraudShareLimitPercent ? "danger" : undefined}
            />
          </div>
          <Card title={m.burn.title} description={m.burn.description}>
            <CardBody>
              <BurnChart points={p.burn} budgetFen={Number(p.budgetFen)} exhaustionDay={f.exhaustsBeforeEnd ? f.exhaustionDay : null} />
            </CardBody>
          </Card>
          <div className="grid grid-cols-1 items-start gap-4 xl:grid-cols-2">
            <Card title={m.daily.title} description={m.daily.description}>
              <CardBody>
                {p.daily.length === 0 ? (
                  <p className="text-sm text-ink-muted">{m.daily.empty}</p>
                ) : (
                  <DailyRewardsChart
                    days={p.daily.map((d) => ({ day: d.day, rewards: d.rewards, cashFen: Number(d.cashFen), points: d.points, pointsFen: d.points * Number(POINT_VALUE_FEN), costFen: Number(d.costFen) }))}
                  />
                )}
              </CardBody>
            </Card>
            <Card title={m.participants.title} description={m.participants.description}>
              <CardBody>
                <ParticipantsChart days={p.participants} />
              </CardBody>
            </Card>
          </div>
          <ComparisonCard comparison={c} participants={participants} locale={locale} m={m.comparison} />
        </>
      )}
    </div>
  );
}
