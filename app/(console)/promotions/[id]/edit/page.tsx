import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/layout/page-header";
import { AlertBanner } from "@/components/ui/alert-banner";
import { buttonClassName } from "@/components/ui/button";
import { PromotionForm } from "@/components/promotions/editor/promotion-form";
import { requirePagePermission } from "@/lib/auth/page-gate";
import { DataValue, fillNodes } from "@/lib/i18n/data-value";
import { fill } from "@/lib/i18n/fill";
import { getTranslator } from "@/lib/i18n/server";
import { CATALOGUES } from "@/lib/i18n/translate";
import { toFormValues } from "@/lib/promotions/editor/form";
import { promotionForEdit } from "@/lib/promotions/editor/queries";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string | string[] }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("promotions.editor.editTitle") };
}

export default async function EditPromotionPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { saved } = await searchParams;
  const staff = await requirePagePermission("promotion:edit", `/promotions/${id}/edit`);
  const { t, locale } = await getTranslator();
  const m = CATALOGUES[locale].promotions;
  const promotion = await promotionForEdit(id, staff.id);
  if (!promotion) notFound();
  const { state } = promotion;
  const back = (
    <Link href={`/promotions/${promotion.id}`} className={buttonClassName("secondary", "sm")}>
      {m.editor.toDetail}
    </Link>
  );

  let body;
  if (state.kind === "ended") body = <AlertBanner tone="info" action={back}>{m.editor.endedNote}</AlertBanner>;
  else if (state.kind === "pending") body = <AlertBanner tone="info" action={back}>{fill(m.editor.pendingNote, { number: state.number })}</AlertBanner>;
  else if (state.kind === "others-draft") body = <AlertBanner tone="warning" action={back}>{fillNodes(m.editor.othersDraftNote, { number: state.number, name: <DataValue>{state.authorName}</DataValue> })}</AlertBanner>;
  else {
    const running = promotion.status === "SCHEDULED" || promotion.status === "ACTIVE" || promotion.status === "PAUSED";
    const note =
      state.kind === "new-version" && running && state.liveNumber !== null
        ? fill(m.editor.liveNote, { status: m.status[promotion.status], number: state.liveNumber })
        : state.kind === "new-version" && promotion.status === "REJECTED"
          ? m.editor.rejectedNote
          : null;
    body = (
      <>
        {note ? <AlertBanner tone="info" testId="promotion-edit-note">{note}</AlertBanner> : null}
        <PromotionForm
          initial={toFormValues(state.params)}
          target={state.kind === "draft" ? { promotionId: promotion.id, versionId: state.versionId, rowVersion: state.rowVersion } : { promotionId: promotion.id, versionId: null, rowVersion: null }}
          spentFen={Number(promotion.spentFen)}
          justSaved={state.kind === "draft" && saved === String(state.number) ? state.number : null}
        />
      </>
    );
  }

  return (
    <div className="flex flex-col gap-4">
      <PageHeader
        title={<>{t("promotions.editor.editTitle")} · <DataValue>{promotion.name}</DataValue></>}
        description={state.kind === "draft" ? `${fill(m.editor.draftOf, { number: state.number })} · ${m.editor.editDescription}` : m.editor.editDescription}
        breadcrumbs={[{ label: m.title, href: "/promotions" }, { label: <DataValue>{promotion.name}</DataValue>, href: `/promotions/${promotion.id}` }]}
        breadcrumbsLabel={m.title}
      />
      {body}
    </div>
  );
}
