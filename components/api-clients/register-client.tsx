"use client";

import { Plus } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, fieldDescribedBy } from "@/components/ui/field";
import { FormDialog } from "@/components/ui/form-dialog";
import { Input } from "@/components/ui/input";
import { useVersionedAction } from "@/components/ui/use-versioned-action";
import { ClientSecret } from "@/components/api-clients/client-secret";
import { createApiClientAction } from "@/lib/fraud/decisions/actions";
import { CLIENT_NAME_MAX, RATE_LIMIT_DEFAULT, RATE_LIMIT_MAX, RATE_LIMIT_MIN } from "@/lib/fraud/decisions/fields";
import type { ApiClientCreated } from "@/lib/fraud/decisions/mutations";
import { useMessages } from "@/lib/i18n/provider";

/** "Register client": a dialog with the name and the rate limit, then the new secret, shown once on the page. */
export function RegisterClient() {
  const m = useMessages("apiClients");
  const [open, setOpen] = useState(false);
  const [created, setCreated] = useState<ApiClientCreated | null>(null);
  const { error, pending, run, clear } = useVersionedAction<ApiClientCreated>();
  const fieldError = (name: string) => error?.fieldErrors?.[name];
  const nameError = fieldError("name");
  const rateError = fieldError("rateLimitPerMinute");
  const close = () => {
    setOpen(false);
    clear();
  };

  return (
    <div className="flex flex-col gap-4">
      {created ? (
        <ClientSecret created={created} onDone={() => setCreated(null)} />
      ) : (
        <div>
          <Button variant="primary" onClick={() => setOpen(true)} data-testid="api-client-new">
            <Plus aria-hidden />
            {m.newClient}
          </Button>
        </div>
      )}
      <FormDialog
        open={open}
        onClose={close}
        title={m.create.title}
        description={m.create.description}
        submitLabel={pending ? m.create.submitting : m.create.submit}
        cancelLabel={m.create.cancel}
        pending={pending}
        error={error && !error.fieldErrors ? { message: error.message } : null}
        testId="api-client-form"
        onSubmit={(form) =>
          run(
            () => createApiClientAction({ name: form.get("name"), rateLimitPerMinute: form.get("rateLimitPerMinute") }),
            (result) => {
              if (!result.ok) return;
              setCreated(result.data);
              close();
            },
          )
        }
      >
        <Field label={m.create.name} htmlFor="api-client-name" error={nameError} hint={m.create.nameHint} required>
          <Input
            id="api-client-name"
            name="name"
            required
            maxLength={CLIENT_NAME_MAX}
            autoComplete="off"
            aria-invalid={nameError ? true : undefined}
            aria-describedby={fieldDescribedBy("api-client-name", nameError, m.create.nameHint)}
          />
        </Field>
        <Field label={m.create.rateLimit} htmlFor="api-client-rate" error={rateError} hint={m.create.rateLimitHint} required>
          <Input
            id="api-client-rate"
            name="rateLimitPerMinute"
            type="number"
            inputMode="numeric"
            required
            min={RATE_LIMIT_MIN}
            max={RATE_LIMIT_MAX}
            step={1}
            defaultValue={RATE_LIMIT_DEFAULT}
            aria-invalid={rateError ? true : undefined}
            aria-describedby={fieldDescribedBy("api-client-rate", rateError, m.create.rateLimitHint)}
          />
        </Field>
      </FormDialog>
    </div>
  );
}
