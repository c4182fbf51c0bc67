"use client";

import Link from "next/link";
import { useState } from "react";
import { AlertBanner } from "@/components/ui/alert-banner";
import { Button, buttonClassName } from "@/components/ui/button";
import { Field, fieldDescribedBy } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { ActionRefused } from "@/components/staff/action-feedback";
import { fieldErrorText } from "@/components/staff/messages";
import { fill } from "@/lib/i18n/fill";
import { useMessages } from "@/lib/i18n/provider";
import { RoleCheckboxes } from "@/components/staff/role-checkboxes";
import { TemporaryPassword } from "@/components/staff/temporary-password";
import { useVersionedAction } from "@/components/ui/use-versioned-action";
import { createStaffAction } from "@/lib/staff/actions";
import type { StaffCreated } from "@/lib/staff/mutations";
import { EMAIL_MAX, NAME_MAX } from "@/lib/staff/fields";

export function CreateStaffForm() {
  const m = useMessages("staff");
  const roleNames = useMessages("roles");
  const { result, error, pending, run, clear } = useVersionedAction<StaffCreated>();
  // A new form after "create another": remounting clears the fields.
  const [formKey, setFormKey] = useState(0);

  if (result?.ok) {
    return (
      <div className="flex flex-col gap-4" data-testid="staff-created">
        <AlertBanner tone="success" title={m.create.createdTitle}>
          {fill(m.create.createdBody, { email: result.data.email })}
        </AlertBanner>
        <TemporaryPassword password={result.data.temporaryPassword} />
        <div className="flex flex-wrap gap-2">
          <Link href={`/admin/staff/${result.data.id}`} className={buttonClassName("primary", "md")}>
            {m.create.viewStaff}
          </Link>
          <Button
            onClick={() => {
              clear();
              setFormKey((key) => key + 1);
            }}
          >
            {m.create.createAnother}
          </Button>
        </div>
      </div>
    );
  }

  const fieldError = (name: string) => fieldErrorText(m, error?.fieldErrors?.[name]);
  const nameError = fieldError("name");
  const emailError = fieldError("email");

  return (
    <form
      key={formKey}
      noValidate
      className="flex flex-col gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        run(() => createStaffAction({ name: form.get("name"), email: form.get("email"), roles: form.getAll("roles") }));
      }}
    >
      <ActionRefused result={error} testId="staff-form-error" />
      <Field label={m.create.name} htmlFor="staff-name" error={nameError} required>
        <Input id="staff-name" name="name" required maxLength={NAME_MAX} autoComplete="off" aria-invalid={nameError ? true : undefined} aria-describedby={fieldDescribedBy("staff-name", nameError)} />
      </Field>
      <Field label={m.create.email} htmlFor="staff-email" error={emailError} hint={m.create.emailHint} required>
        <Input
          id="staff-email"
          name="email"
          type="email"
          required
          maxLength={EMAIL_MAX}
          autoComplete="off"
          spellCheck={false}
          aria-invalid={emailError ? true : undefined}
          aria-describedby={fieldDescribedBy("staff-email", emailError, m.create.emailHint)}
        />
      </Field>
      <RoleCheckboxes idPrefix="create" legend={m.create.roles} hint={m.create.rolesHint} names={roleNames} hints={m.roleHints} error={fieldError("roles")} />
      <div className="flex justify-end border-t border-border pt-4">
        <Button type="submit" variant="primary" loading={pending}>
          {pending ? m.create.submitting : m.create.submit}
        </Button>
      </div>
    </form>
  );
}
