// Where the alert stands and what the viewer may do about it: the resolution or escalation as recorded,
// then the actions their role and the alert's status allow (the same rules the server enforces).
import type { ReactNode } from "react";
import { Card, CardBody } from "@/components/ui/card";
import { DecisionPanel } from "@/components/alerts/investigation/decision-panel";
import type { StaffSession } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import type { AlertDetail } from "@/lib/fraud/cases/queries";
import { isOpenAlert, mayDecide, mayEscalate } from "@/lib/fraud/cases/state";
import { DataValue } from "@/lib/i18n/data-value";
import { getTranslator, getMessages } from "@/lib/i18n/server";
import { formatDateTime } from "@/lib/time";

export async function DecisionCard({ alert, staff }: { alert: AlertDetail; staff: StaffSession }) {
  const [{ locale }, messages] = await Promise.all([getTranslator(), getMessages()]);
  const m = messages.alertCase;
  const roles = staff.roles;
  const open = isOpenAlert(alert.status);
  const canDecide = mayDecide(alert.status, roles);
  const canEscalate = mayEscalate(alert.status, roles);
  const canAssign = open && !alert.assignee && (alert.status !== "ESCALATED" ? can(roles, "alert:resolve") : can(roles, "alert:resolve-escalated"));
  const row = (label: string, value: ReactNode) => (
    <div className="contents">
      <dt className="text-ink-subtle">{label}</dt>
      <dd className="min-w-0 break-words">{value}</dd>
    </div>
  );
  const reason = alert.resolution ? (m.reasons[alert.resolution as keyof typeof m.reasons] ?? alert.resolution) : null;
  let note: string | null = null;
  if (!open) note = m.actions.resolved;
  else if (alert.status === "ESCALATED" && !canDecide) note = m.actions.leadOnly;
  else if (!can(roles, "alert:resolve")) note = m.actions.readOnly;

  return (
    <Card title={m.actions.title} data-testid="alert-decision">
      <CardBody className="flex flex-col gap-3">
        {alert.resolvedBy ? (
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 text-sm" data-testid="alert-resolution">
            {row(m.resolution.by, <DataValue>{alert.resolvedBy.name}</DataValue>)}
            {alert.resolvedAt ? row(m.resolution.at, <span className="num">{formatDateTime(alert.resolvedAt, locale)}</span>) : null}
            {reason ? row(m.resolution.reason, reason) : null}
            {alert.resolutionNote ? row(m.resolution.note, <DataValue>{alert.resolutionNote}</DataValue>) : null}
          </dl>
        ) : null}
        {alert.escalatedBy ? (
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 text-sm" data-testid="alert-escalation">
            {row(m.resolution.escalatedBy, <DataValue>{alert.escalatedBy.name}</DataValue>)}
            {alert.escalatedAt ? row(m.resolution.escalatedAt, <span className="num">{formatDateTime(alert.escalatedAt, locale)}</span>) : null}
            {alert.escalationReason ? row(m.resolution.escalationReason, <DataValue>{alert.escalationReason}</DataValue>) : null}
          </dl>
        ) : null}
        {note ? <p className="text-sm text-ink-subtle" data-testid="alert-decision-note">{note}</p> : null}
        {/* Stays mounted for whoever may act, even once nothing is left to do: the decision just made leaves the
            alert resolved, and its outcome ("wallet frozen") must not vanish with the buttons. */}
        {canAssign || canDecide || canEscalate || can(roles, "alert:resolve") ? (
          <DecisionPanel alertId={alert.id} version={alert.version} canAssign={canAssign} canDecide={canDecide} canEscalate={canEscalate} walletStatusNames={messages.wallets.status} />
        ) : null}
      </CardBody>
    </Card>
  );
}
