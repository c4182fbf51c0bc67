import { Suspense } from "react";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Card } from "@/components/ui/card";
import { TableSkeleton } from "@/components/ui/skeleton";
import { AlertHeader } from "@/components/alerts/investigation/alert-header";
import { CaseCard } from "@/components/alerts/investigation/case-card";
import { CustomerCard } from "@/components/alerts/investigation/customer-card";
import { DecisionCard } from "@/components/alerts/investigation/decision-card";
import { ExplanationCard } from "@/components/alerts/investigation/explanation-card";
import { LinkedCard } from "@/components/alerts/investigation/linked-card";
import { NotesCard } from "@/components/alerts/investigation/notes-card";
import { TimelineCard } from "@/components/alerts/investigation/timeline-card";
import { TransactionCard } from "@/components/alerts/investigation/transaction-card";
import { recordPageView } from "@/lib/audit/page-view";
import { can } from "@/lib/auth/permissions";
import { requireArea } from "@/lib/auth/page-gate";
import { getAlertDetail } from "@/lib/fraud/cases/queries";
import { requestMeta } from "@/lib/http/request-meta";
import { getTranslator } from "@/lib/i18n/server";
import { CATALOGUES } from "@/lib/i18n/translate";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("alertCase.pageTitle", { id: (await params).id }) };
}

function Loading({ title }: { title: string }) {
  return (
    <Card title={title}>
      <TableSkeleton rows={4} columns={3} />
    </Card>
  );
}

export default async function AlertInvestigationPage({ params }: Props) {
  const staff = await requireArea("/alerts");
  const { locale } = await getTranslator();
  const alert = await getAlertDetail((await params).id);
  if (!alert) notFound();
  await recordPageView(staff, { action: "alert.open", entityType: "FraudAlert", entityId: alert.id }, await requestMeta());
  const m = CATALOGUES[locale].alertCase;
  const canResolve = can(staff.roles, "alert:resolve");

  return (
    <>
      <AlertHeader alert={alert} />
      <div className="grid grid-cols-1 items-start gap-4 xl:grid-cols-[minmax(0,1fr)_24rem]">
        <div className="flex min-w-0 flex-col gap-4">
          <ExplanationCard alert={alert} />
          <Suspense fallback={<Loading title={m.timeline.title} />}>
            <TimelineCard alert={alert} />
          </Suspense>
          <Suspense fallback={<Loading title={m.linked.title} />}>
            <LinkedCard alert={alert} />
          </Suspense>
          <TransactionCard alert={alert} />
        </div>
        <div className="flex min-w-0 flex-col gap-4">
          <DecisionCard alert={alert} staff={staff} />
          <CustomerCard alert={alert} />
          <CaseCard alert={alert} canResolve={canResolve} str={{ draft: can(staff.roles, "report:draft"), view: can(staff.roles, "report:view") }} />
          <Suspense fallback={<Loading title={m.notes.title} />}>
            <NotesCard alertId={alert.id} canWrite={canResolve} />
          </Suspense>
        </div>
      </div>
    </>
  );
}
