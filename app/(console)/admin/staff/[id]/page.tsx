import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/layout/page-header";
import { StaffAdministration } from "@/components/staff/staff-administration";
import { StaffHistory } from "@/components/staff/staff-history";
import { StaffSummary } from "@/components/staff/staff-summary";
import { requireArea } from "@/lib/auth/page-gate";
import { DataValue } from "@/lib/i18n/data-value";
import { getTranslator } from "@/lib/i18n/server";
import { getStaffDetail, staffHistory } from "@/lib/staff/queries";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { t } = await getTranslator();
  const staff = await getStaffDetail((await params).id);
  return { title: staff ? `${staff.name} · ${t("staff.title")}` : t("staff.title") };
}

export default async function StaffDetailPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireArea("/admin/staff");
  const { t } = await getTranslator();
  const { id } = await params;
  const [staff, history] = await Promise.all([getStaffDetail(id), staffHistory(id)]);
  if (!staff) notFound();

  return (
    <div className="flex flex-col gap-4">
      <PageHeader
        title={<DataValue>{staff.name}</DataValue>}
        description={staff.email}
        breadcrumbs={[{ label: t("staff.breadcrumb"), href: "/admin/staff" }]}
        breadcrumbsLabel={t("staff.breadcrumbsLabel")}
      />
      <StaffSummary staff={staff} />
      <StaffAdministration staff={staff} self={staff.id === viewer.id} />
      <StaffHistory entries={history} />
    </div>
  );
}
