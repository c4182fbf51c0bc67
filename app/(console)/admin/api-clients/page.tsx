import type { Metadata } from "next";
import { ClientTable } from "@/components/api-clients/client-table";
import { RegisterClient } from "@/components/api-clients/register-client";
import { PageHeader } from "@/components/layout/page-header";
import { Card } from "@/components/ui/card";
import { textLinkClassName } from "@/components/ui/text-link";
import { requireArea } from "@/lib/auth/page-gate";
import { listApiClients } from "@/lib/fraud/decisions/queries";
import { getTranslator } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("apiClients.title") };
}

export default async function ApiClientsPage() {
  await requireArea("/admin/api-clients");
  const { t } = await getTranslator();
  const rows = await listApiClients();
  return (
    <div className="flex flex-col gap-4">
      <PageHeader title={t("apiClients.title")} description={t("apiClients.description")} actions={
          <a href="/api/v1/openapi.json" className={textLinkClassName}>
            {t("apiClients.apiDescription")}
          </a>
        } />
      <RegisterClient />
      <Card title={t("apiClients.listTitle")} data-testid="api-clients">
        <ClientTable rows={rows} />
      </Card>
    </div>
  );
}
