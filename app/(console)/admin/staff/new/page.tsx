import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { CreateStaffForm } from "@/components/staff/create-staff-form";
import { Card, CardBody } from "@/components/ui/card";
import { requireArea } from "@/lib/auth/page-gate";
import { getTranslator } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("staff.create.title") };
}

export default async function NewStaffPage() {
  await requireArea("/admin/staff");
  const { t } = await getTranslator();
  return (
    <div className="flex max-w-3xl flex-col">
      <PageHeader
        title={t("staff.create.title")}
        description={t("staff.create.description")}
        breadcrumbs={[{ label: t("staff.breadcrumb"), href: "/admin/staff" }]}
        breadcrumbsLabel={t("staff.breadcrumbsLabel")}
      />
      <Card title={t("staff.create.formTitle")}>
        <CardBody>
          <CreateStaffForm />
        </CardBody>
      </Card>
    </div>
  );
}
