"use client";

import { useState } from "react";
import { AlertBanner } from "@/components/ui/alert-banner";
import { Button } from "@/components/ui/button";
import { Card, CardBody } from "@/components/ui/card";
import { ActionRefused } from "@/components/staff/action-feedback";
import { fieldErrorText } from "@/components/staff/messages";
import { useMessages } from "@/lib/i18n/provider";
import { ReasonField } from "@/components/staff/reason-field";
import { RoleCheckboxes } from "@/components/staff/role-checkboxes";
import { useVersionedAction } from "@/components/ui/use-versioned-action";
import { changeStaffRolesAction } from "@/lib/staff/actions";
import type { StaffChanged } from "@/lib/staff/mutations";

/** Another staff member's roles; saving ends their sessions, so they work with the new roles at once. */
export function RolesCard({ staffId, updatedAt, roles }: { staffId: string; updatedAt: string; roles: string[] }) {
  const m = useMessages("staff");
  const roleNames = useMessages("roles");
  const { error, pending, run } = useVersionedAction<StaffChanged>(updatedAt);
  const [done, setDone] = useState(false);
  return (
    <Card title={m.roles.title} description={m.roles.description} data-testid="staff-roles">
      <CardBody>
        <form
          key={updatedAt}
          noValidate
          className="flex flex-col gap-3"
          onSubmit={(event) => {
            event.preventDefault();
            const form = new FormData(event.currentTarget);
            setDone(false);
            run(() => changeStaffRolesAction({ staffId, updatedAt, roles: form.getAll("roles"), reason: form.get("reason") }), (result) => setDone(result.ok));
          }}
        >
          {done ? (
            <AlertBanner tone="success" testId="staff-roles-done">
              {m.roles.success}
            </AlertBanner>
          ) : null}
          <ActionRefused result={error} testId="staff-roles-error" />
          <RoleCheckboxes idPrefix="change" legend={m.detail.roles} names={roleNames} hints={m.roleHints} defaultRoles={roles} error={fieldErrorText(m, error?.fieldErrors?.roles)} />
          <ReasonField id="roles-reason" error={fieldErrorText(m, error?.fieldErrors?.reason)} />
          <div className="flex justify-end">
            <Button type="submit" variant="primary" loading={pending}>
              {m.roles.submit}
            </Button>
          </div>
        </form>
      </CardBody>
    </Card>
  );
}
