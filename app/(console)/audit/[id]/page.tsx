import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/layout/page-header";
import { AuditDiffTable } from "@/components/audit/audit-diff-table";
import { AuditEventFields } from "@/components/audit/audit-event-fields";
import { AuditHashChain } from "@/components/audit/audit-hash-chain";
import { OutcomeBadge } from "@/components/audit/outcome-badge";
import { recordAuditAccess } from "@/lib/audit/access";
import { auditActionLabel } from "@/lib/audit/labels";
import { getAuditEvent } from "@/lib/audit/queries";
import { requireArea } from "@/lib/auth/page-gate";
import { can } from "@/lib/auth/permissions";
import { knownAuditEventId } from "@/lib/http/ids";
import { getTranslator } from "@/lib/i18n/server";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("audit.detail.title", { id: (await params).id }) };
}

export default async function AuditEventPage({ params }: Props) {
  const staff = await requireArea("/audit");
  const { id } = await params;
  // Shape and bounds were checked by the layout (lib/http/ids.ts); a 20-digit id never reaches Prisma.
  const found = await getAuditEvent(await knownAuditEventId(id));
  if (!found) notFound();
  await recordAuditAccess(staff, { action: "audit.view", entityId: id });
  const { t } = await getTranslator();
  const { event } = found;

  return (
    <div className="flex flex-col gap-4">
      <PageHeader
        title={t("audit.detail.title", { id })}
        description={auditActionLabel(t, event.action)}
        breadcrumbs={[{ label: t("audit.title"), href: "/audit" }]}
        breadcrumbsLabel={t("audit.title")}
        actions={<OutcomeBadge outcome={event.outcome} label={t(`audit.outcome.${event.outcome}`)} />}
      />
      <AuditEventFields event={event} />
      <AuditDiffTable before={event.before} after={event.after} entityType={event.entityType} canManageStaff={can(staff.roles, "staff:manage")} />
      <AuditHashChain prevHash={event.prevHash} hash={event.hash} previousId={found.previousId} nextId={found.nextId} />
    </div>
  );
}
