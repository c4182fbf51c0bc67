import type { Metadata } from "next";
import Link from "next/link";
import { UserPlus } from "lucide-react";
import { PageHeader } from "@/components/layout/page-header";
import { StaffFilter } from "@/components/staff/staff-filter";
import { StaffList } from "@/components/staff/staff-list";
import { buttonClassName } from "@/components/ui/button";
import { Card, CardFooter } from "@/components/ui/card";
import { requireArea } from "@/lib/auth/page-gate";
import { getTranslator } from "@/lib/i18n/server";
import { countStaffByStatus, listStaff } from "@/lib/staff/queries";
import { staffStatusFilterSchema } from "@/lib/staff/schemas";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("staff.title") };
}

export default async function StaffPage({ searchParams }: { searchParams: Promise<{ status?: string | string[] }> }) {
  const viewer = await requireArea("/admin/staff");
  const { t } = await getTranslator();
  const status = staffStatusFilterSchema.parse((await searchParams).status);
  const now = new Date();
  const [rows, counts] = await Promise.all([listStaff(status, now), countStaffByStatus(now)]);

  return (
    <div className="flex flex-col gap-4">
      <PageHeader
        title={t("staff.title")}
        description={t("staff.description")}
        actions={
          <Link href="/admin/staff/new" className={buttonClassName("primary", "md")}>
            <UserPlus aria-hidden />
            {t("staff.newStaff")}
          </Link>
        }
      >
        <StaffFilter current={status} counts={counts} />
      </PageHeader>
      <Card data-testid="staff-list">
        <StaffList rows={rows} viewer={viewer} />
        <CardFooter>
          <p className="text-xs text-ink-subtle">{t("staff.detail.timesNote")}</p>
        </CardFooter>
      </Card>
    </div>
  );
}
