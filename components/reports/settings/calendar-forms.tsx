"use client";
// The working calendar's changes (report:configure): add a holiday or 调休 workday, remove one. Each says
// what the server answered; a refused day keeps what was typed, with the message beside its field.
import { useId, useState } from "react";
import { useRouter } from "next/navigation";
import { AlertBanner } from "@/components/ui/alert-banner";
import { Button } from "@/components/ui/button";
import { Field, fieldDescribedBy } from "@/components/ui/field";
import { FormDialog } from "@/components/ui/form-dialog";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { useVersionedAction } from "@/components/ui/use-versioned-action";
import { addCalendarDayAction, removeCalendarDayAction } from "@/lib/reports/rules/actions";
import { CALENDAR_DAY_KINDS, CALENDAR_NAME_MAX, type CalendarDayKind } from "@/lib/reports/rules/fields";
import { fill } from "@/lib/i18n/fill";
import { useMessages } from "@/lib/i18n/provider";

export function AddCalendarDayButton({ defaultDay }: { defaultDay: string }) {
  const m = useMessages("reportsRules");
  const router = useRouter();
  const { result, pending, run, clear } = useVersionedAction<{ day: string }>();
  const [open, setOpen] = useState(false);
  const [kind, setKind] = useState<CalendarDayKind>("HOLIDAY");
  const base = useId();
  const error = result && !result.ok ? result : null;
  return (
    <div className="flex flex-col items-end gap-2">
      {!open && result?.ok ? (
        <AlertBanner tone="success" testId="calendar-result">
          {fill(m.calendar.added, { day: result.data.day })}
        </AlertBanner>
      ) : null}
      <Button size="sm" data-testid="calendar-add" onClick={() => (clear(), setOpen(true))}>
        {m.calendar.add}
      </Button>
      <FormDialog
        open={open}
        onClose={() => setOpen(false)}
        title={m.calendar.addTitle}
        description={m.calendar.addHelp}
        submitLabel={m.calendar.addSubmit}
        cancelLabel={m.newVersion.cancel}
        pending={pending}
        error={error && error.error !== "invalid" ? { message: error.message, tone: "warning" } : null}
        testId="calendar-add-form"
        onSubmit={(form) =>
          run(
            () => addCalendarDayAction({ day: form.get("day") ?? "", kind, name: form.get("name") ?? "" }),
            (next) => {
              if (next.ok) {
                setOpen(false);
                router.refresh();
              }
            },
          )
        }
      >
        <Field label={m.calendar.day} htmlFor={`${base}-day`} error={error?.fieldErrors?.day} required>
          <Input id={`${base}-day`} name="day" type="date" required defaultValue={defaultDay} aria-invalid={error?.fieldErrors?.day ? true : undefined} aria-describedby={fieldDescribedBy(`${base}-day`, error?.fieldErrors?.day)} />
        </Field>
        <Field label={m.calendar.kind} htmlFor={`${base}-kind`} error={error?.fieldErrors?.kind} required>
          <Select id={`${base}-kind`} name="kind" value={kind} onChange={(event) => setKind(event.target.value as CalendarDayKind)} aria-describedby={fieldDescribedBy(`${base}-kind`, error?.fieldErrors?.kind)}>
            {CALENDAR_DAY_KINDS.map((code) => (
              <option key={code} value={code}>
                {m.calendar.kinds[code]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={m.calendar.dayName} htmlFor={`${base}-name`} error={error?.fieldErrors?.name} required>
          <Input id={`${base}-name`} name="name" required maxLength={CALENDAR_NAME_MAX} aria-invalid={error?.fieldErrors?.name ? true : undefined} aria-describedby={fieldDescribedBy(`${base}-name`, error?.fieldErrors?.name)} />
        </Field>
      </FormDialog>
    </div>
  );
}

export function RemoveCalendarDayButton({ day, name }: { day: string; name: string }) {
  const m = useMessages("reportsRules");
  const router = useRouter();
  const { result, pending, run } = useVersionedAction<{ day: string }>();
  const error = result && !result.ok ? result : null;
  return (
    <span className="inline-flex items-center gap-1">
      <Button
        size="sm"
        variant="ghost"
        disabled={pending}
        aria-label={fill(m.calendar.removeTitle, { day, name })}
        data-testid={`calendar-remove-${day}`}
        onClick={() => run(() => removeCalendarDayAction({ day }), (next) => next.ok && router.refresh())}
      >
        {m.calendar.remove}
      </Button>
      {error ? (
        <span role="alert" className="text-xs text-danger-fg">
          {error.message}
        </span>
      ) : null}
    </span>
  );
}
