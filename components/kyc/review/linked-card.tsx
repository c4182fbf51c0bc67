// Other customers sharing this submission's ID number, phone number or bank card, each linked to their
// submissions: a shared identity is the first thing a duplicate or a mule ring shows.
import { Link2 } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Card, CardFooter } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { TextLink } from "@/components/ui/text-link";
import { KycStatusBadge } from "@/components/kyc/review/status-badges";
import { fill } from "@/components/kyc/review/messages";
import { getLinkedCustomers } from "@/lib/kyc/review/linked";
import type { ReviewSubmission } from "@/lib/kyc/review/queries";
import { getMessages, getTranslator } from "@/lib/i18n/server";
import { formatDate } from "@/lib/time";

export async function LinkedCard({ submission }: { submission: ReviewSubmission }) {
  const [{ locale }, messages, { customers, more }] = await Promise.all([getTranslator(), getMessages(), getLinkedCustomers(submission)]);
  const m = messages.kycReview;
  return (
    <Card title={m.linked.title} description={m.linked.description} data-testid="kyc-linked" actions={customers.length ? <Badge tone="warning">{customers.length + more}</Badge> : undefined}>
      {customers.length === 0 ? (
        <EmptyState icon={<Link2 />} title={m.linked.empty} className="py-6" />
      ) : (
        <ul className="divide-y divide-border">
          {customers.map((customer) => (
            <li key={customer.id} className="px-4 py-2.5" data-testid="kyc-linked-customer">
              <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
                <span className="text-sm font-medium text-ink-strong" translate="no">{customer.name}</span>
                <span className="font-mono text-xs text-ink-subtle">{customer.id}</span>
                <span className="sr-only">{m.linked.matchedOn}:</span>
                {customer.matchedOn.map((reason) => (
                  <Badge key={reason} tone="warning">
                    {m.linked.on[reason]}
                  </Badge>
                ))}
              </div>
              {customer.submissions.length === 0 ? (
                <p className="mt-1 text-xs text-ink-subtle">{m.linked.noSubmissions}</p>
              ) : (
                <ul className="mt-1 flex flex-col gap-1">
                  {customer.submissions.map((s) => (
                    <li key={s.id} className="flex flex-wrap items-center gap-2 text-xs">
                      <TextLink href={`/kyc/${s.id}`} className="font-mono">
                        {s.id}
                      </TextLink>
                      <KycStatusBadge status={s.status} approvalPending={s.approvalPending} />
                      <span className="num text-ink-subtle">{formatDate(s.submittedAt, locale)}</span>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
      {more > 0 ? (
        <CardFooter>
          <p className="text-xs text-ink-subtle">{fill(m.linked.more, { count: more })}</p>
        </CardFooter>
      ) : null}
    </Card>
  );
}
