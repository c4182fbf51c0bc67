// What staff did to this customer, newest first, from the audit trail: who, what, on which record, when
// (Beijing time) and why. Capped; the audit trail (for those who may read it) has everything.
import { ScrollRegion } from "@/components/ui/scroll-region";
import { TextLink } from "@/components/ui/text-link";
import { Badge } from "@/components/ui/badge";
import { Card, CardFooter } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Fragment, type ReactNode } from "react";
import { DataValue, fillNodes } from "@/lib/i18n/data-value";
import { fill } from "@/lib/i18n/fill";
import { auditActionLabel, auditReasonLabel } from "@/lib/audit/labels";
import { getCustomerTimeline, TIMELINE_SHOWN, type CustomerTimelineEntry } from "@/lib/customers/profile/timeline";
import { optionalT } from "@/components/kyc/review/messages";
import type { PiiMessages } from "@/components/kyc/review/pii-reveal";
import { getLocale, getMessages, getTranslator } from "@/lib/i18n/server";
import type { Messages } from "@/lib/i18n/messages/zh-CN";
import type { Translate } from "@/lib/i18n/translate";
import { formatDateTimeSeconds } from "@/lib/time";

function describe(entry: CustomerTimelineEntry, t: Translate, { customers: m, pii, wallets }: Messages): { what: string; where: string | null; detail: ReactNode } {
  const what = optionalT(t, `customers.timeline.actions.${entry.action}`, auditActionLabel(t, entry.action));
  const entities = m.timeline.entities;
  const where = entry.entityType === "Wallet" || entry.entityType === "KycSubmission" ? fill(entities[entry.entityType], { id: entry.entityId ?? "" }) : null;
  const fields = entry.fields.map((field) => (field in pii.fields ? pii.fields[field as keyof PiiMessages["fields"]] : field));
  // What staff typed (a reason, a note) is data: it stays in the words it was written in.
  const detail: ReactNode[] = [
    fields.length ? fill(m.timeline.fields, { fields: fields.join(m.timeline.listSeparator) }) : null,
    entry.freezeReasonCode ? fill(m.timeline.category, { category: wallets.freezeReasons[entry.freezeReasonCode] }) : null,
    entry.reason ? fillNodes(m.timeline.reason, { reason: <DataValue>{auditReasonLabel(t, entry.reason)}</DataValue> }) : null,
    entry.note ? <DataValue>{entry.note}</DataValue> : null,
  ].filter(Boolean);
  return { what, where, detail: detail.length ? detail.map((part, index) => <Fragment key={index}>{index ? " · " : null}{part}</Fragment>) : null };
}

export async function CustomerTimelineCard({ customerId, walletId, auditLink }: { customerId: string; walletId: string | null; auditLink: boolean }) {
  const [messages, locale, { t }] = await Promise.all([getMessages(), getLocale(), getTranslator()]);
  const m = messages.customers;
  const { entries, more } = await getCustomerTimeline(customerId, walletId);
  return (
    <Card title={m.timeline.title} description={m.timeline.description} data-testid="customer-timeline">
      {entries.length === 0 ? (
        <EmptyState title={m.timeline.empty} className="py-6" />
      ) : (
        <ScrollRegion label={m.timeline.title} className="max-h-[32rem] overflow-y-auto" testId="customer-timeline-scroll">
          <ol className="px-4 py-2">
            {entries.map((entry) => {
              const { what, where, detail } = describe(entry, t, messages);
              return (
                <li key={entry.id} className="relative border-l border-border py-2 pl-4" data-testid="customer-timeline-entry" data-action={entry.action}>
                  <span aria-hidden className="absolute top-3.5 -left-[4.5px] size-2 rounded-full bg-border-strong" />
                  <p className="flex flex-wrap items-center gap-1.5 text-sm text-ink">
                    {what}
                    {where ? <span className="font-mono text-xs text-ink-subtle">{where}</span> : null}
                    {entry.failed ? <Badge tone="danger">{m.timeline.failed}</Badge> : null}
                  </p>
                  {detail ? <p className="mt-0.5 line-clamp-3 text-xs break-words text-ink-muted">{detail}</p> : null}
                  <p className="mt-0.5 text-xs text-ink-subtle">
                    <span className="num">{formatDateTimeSeconds(entry.at, locale)}</span>
                    {entry.actor ? <> · <DataValue>{entry.actor}</DataValue></> : null}
                  </p>
                </li>
              );
            })}
          </ol>
        </ScrollRegion>
      )}
      {more || auditLink ? (
        <CardFooter className="text-xs text-ink-subtle">
          <span>{more ? fill(m.timeline.capped, { count: TIMELINE_SHOWN }) : null}</span>
          {auditLink ? (
            <TextLink href={`/audit?entityType=Customer&entityId=${encodeURIComponent(customerId)}`}>{m.timeline.openAudit}</TextLink>
          ) : null}
        </CardFooter>
      ) : null}
    </Card>
  );
}
