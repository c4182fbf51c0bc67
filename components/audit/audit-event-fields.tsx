// Everything recorded about one event except its before/after, as a definition list.
import type { ReactNode } from "react";
import Link from "next/link";
import { clsx } from "clsx";
import { Card, CardBody } from "@/components/ui/card";
import { textLinkClassName } from "@/components/ui/text-link";
import { OutcomeBadge } from "@/components/audit/outcome-badge";
import { auditActionLabel, auditEntityLabel, auditReasonLabel } from "@/lib/audit/labels";
import type { AuditEventRow } from "@/lib/audit/queries";
import { auditQueryString } from "@/lib/audit/schemas";
import { getTranslator } from "@/lib/i18n/server";
import { formatDateTimeSeconds } from "@/lib/time";

function Item({ label, children, wide }: { label: string; children: ReactNode; wide?: boolean }) {
  return (
    <div className={wide ? "sm:col-span-2" : undefined}>
      <dt className="text-xs font-medium text-ink-subtle">{label}</dt>
      <dd className="mt-0.5 text-sm text-ink">{children}</dd>
    </div>
  );
}

const Code = ({ children }: { children: ReactNode }) => <code className="font-mono text-[13px] text-ink-muted">{children}</code>;
const linkClass = clsx(textLinkClassName, "text-xs");

/** A code shown with its name when it has one: 密码错误 (wrong-password). */
function Named({ label, code }: { label: string; code: string }) {
  return label === code ? <Code>{code}</Code> : <>{label} <Code>{code}</Code></>;
}

export async function AuditEventFields({ event }: { event: AuditEventRow }) {
  const { t, locale } = await getTranslator();
  const none = <span className="text-ink-subtle">{t("audit.detail.none")}</span>;
  const actorQuery = event.actorId ? auditQueryString({ actor: event.actorId }) : event.actorEmail ? auditQueryString({ actorEmail: event.actorEmail }) : null;
  return (
    <Card title={t("audit.detail.summary")}>
      <CardBody>
        <dl className="grid grid-cols-1 gap-x-8 gap-y-4 sm:grid-cols-2" data-testid="audit-event-fields">
          <Item label={t("audit.detail.time")}>
            <span className="num">{formatDateTimeSeconds(event.createdAt, locale)}</span>
          </Item>
          <Item label={t("audit.detail.timeUtc")}>
            <Code>{event.createdAt.toISOString()}</Code>
          </Item>
          <Item label={t("audit.detail.actor")}>
            {event.actor || event.actorEmail ? (
              <span className="flex flex-col gap-0.5">
                <span>
                  {event.actor ? <span translate="no">{event.actor.name}</span> : <span className="text-warning-fg">{t("audit.table.unknownAccount")}</span>} {event.actorEmail ? <Code>{event.actorEmail}</Code> : null}
                </span>
                {actorQuery ? <Link href={`/audit${actorQuery}`} className={linkClass}>{t("audit.detail.eventsOfActor")}</Link> : null}
              </span>
            ) : (
              t("audit.table.noActor")
            )}
          </Item>
          <Item label={t("audit.detail.actorId")}>{event.actorId ? <Code>{event.actorId}</Code> : none}</Item>
          <Item label={t("audit.detail.action")}>
            <Named label={auditActionLabel(t, event.action)} code={event.action} />
          </Item>
          <Item label={t("audit.detail.outcome")}>
            <OutcomeBadge outcome={event.outcome} label={t(`audit.outcome.${event.outcome}`)} />
          </Item>
          <Item label={t("audit.detail.entity")}>
            <span className="flex flex-col gap-0.5">
              <span>
                <Named label={auditEntityLabel(t, event.entityType)} code={event.entityType} /> {event.entityId ? <Code>{event.entityId}</Code> : null}
              </span>
              <Link href={`/audit${auditQueryString({ entityType: event.entityType, ...(event.entityId ? { entityId: event.entityId } : {}) })}`} className={linkClass}>
                {t("audit.detail.eventsOfEntity")}
              </Link>
            </span>
          </Item>
          <Item label={t("audit.detail.reason")}>{event.reason ? <Named label={auditReasonLabel(t, event.reason)} code={event.reason} /> : none}</Item>
          <Item label={t("audit.detail.ip")}>{event.ip ? <Code>{event.ip}</Code> : none}</Item>
          <Item label={t("audit.detail.userAgent")} wide>
            {event.userAgent ? <span className="font-mono text-xs break-all text-ink-muted" translate="no">{event.userAgent}</span> : none}
          </Item>
        </dl>
      </CardBody>
    </Card>
  );
}
