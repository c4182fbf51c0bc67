import { Suspense } from "react";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Card } from "@/components/ui/card";
import { TableSkeleton } from "@/components/ui/skeleton";
import { ChecksCard } from "@/components/kyc/review/checks-card";
import { ComparisonCard } from "@/components/kyc/review/comparison-card";
import { CustomerCard } from "@/components/kyc/review/customer-card";
import { DecisionCard } from "@/components/kyc/review/decision-card";
import { DocumentsCard } from "@/components/kyc/review/documents-card";
import { HistoryCard } from "@/components/kyc/review/history-card";
import { LinkedCard } from "@/components/kyc/review/linked-card";
import { NotesCard } from "@/components/notes/notes-card";
import { PiiProvider } from "@/components/kyc/review/pii-context";
import { PiiRevealButton, PiiRevealedBanner } from "@/components/kyc/review/pii-reveal";
import { ReviewHeader } from "@/components/kyc/review/review-header";
import { TimelineCard } from "@/components/kyc/review/timeline-card";
import { can } from "@/lib/auth/permissions";
import { recordPageView } from "@/lib/audit/page-view";
import { requireArea } from "@/lib/auth/page-gate";
import { requestMeta } from "@/lib/http/request-meta";
import { getTranslator } from "@/lib/i18n/server";
import { CATALOGUES } from "@/lib/i18n/translate";
import { getReviewSubmission } from "@/lib/kyc/review/queries";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("kycReview.title", { id: (await params).id }) };
}

function Loading({ title }: { title: string }) {
  return (
    <Card title={title}>
      <TableSkeleton rows={3} columns={3} />
    </Card>
  );
}

export default async function KycReviewPage({ params }: Props) {
  const staff = await requireArea("/kyc");
  const { locale } = await getTranslator();
  const { id } = await params;
  const submission = await getReviewSubmission(id);
  if (!submission) notFound();
  await recordPageView(staff, { action: "kyc.open", entityType: "KycSubmission", entityId: submission.id }, await requestMeta());
  const m = CATALOGUES[locale].kycReview;
  const canDecide = can(staff.roles, "kyc:decide");
  // Rendering time, for the overdue mark; the page is rendered per request.
  const now = new Date();

  return (
    <PiiProvider>
      <ReviewHeader
        submission={submission}
        now={now}
        canDecide={canDecide}
        actions={can(staff.roles, "pii:reveal") ? <PiiRevealButton entityType="KycSubmission" entityId={submission.id} fields={["idNumber", "phone", "address", "birthDate"]} /> : undefined}
      />
      <div className="flex flex-col gap-4">
        <PiiRevealedBanner />
        <div className="grid grid-cols-1 items-start gap-4 xl:grid-cols-[minmax(0,1fr)_24rem]">
          <div className="flex min-w-0 flex-col gap-4">
            <DocumentsCard submissionId={submission.id} documents={submission.documents} mayReveal={can(staff.roles, "pii:reveal")} />
            <ComparisonCard rows={submission.comparison} />
            <ChecksCard results={submission.checkResults} score={submission.riskScore} level={submission.riskLevel} />
            <Suspense fallback={<Loading title={m.timeline.title} />}>
              <TimelineCard submission={submission} />
            </Suspense>
          </div>
          <div className="flex min-w-0 flex-col gap-4">
            <DecisionCard submission={submission} staff={staff} />
            <CustomerCard customer={submission.customer} />
            <Suspense fallback={<Loading title={m.linked.title} />}>
              <LinkedCard submission={submission} />
            </Suspense>
            <Suspense fallback={<Loading title={m.history.title} />}>
              <HistoryCard customerId={submission.customer.id} submissionId={submission.id} />
            </Suspense>
            <Suspense fallback={<Loading title={m.notes.title} />}>
              <NotesCard subject="kyc" subjectId={submission.id} canWrite={canDecide} />
            </Suspense>
          </div>
        </div>
      </div>
    </PiiProvider>
  );
}
