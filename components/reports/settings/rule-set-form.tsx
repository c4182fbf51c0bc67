"use client";
// Entering a new rule-set version (report:configure): prefilled from the newest version, effective from a
// day chosen today or later. Another lead's newer version in the meantime is a conflict that names them.
import { useId, useState } from "react";
import { useRouter } from "next/navigation";
import { AlertBanner } from "@/components/ui/alert-banner";
import { Button } from "@/components/ui/button";
import { Field, fieldDescribedBy } from "@/components/ui/field";
import { FormDialog } from "@/components/ui/form-dialog";
import { Input } from "@/components/ui/input";
import { useVersionedAction } from "@/components/ui/use-versioned-action";
import { THRESHOLD_CODES, type ThresholdCode } from "@/lib/reports/fields";
import { createRuleSetAction } from "@/lib/reports/rules/actions";
import {
  DEADLINE_DAYS_MAX,
  DEADLINE_DAYS_MIN,
  INSTITUTION_CODE_MAX,
  INSTITUTION_NAME_MAX,
  RETENTION_YEARS_MAX,
  RETENTION_YEARS_MIN,
  RULE_NOTE_MAX,
} from "@/lib/reports/rules/fields";
import { fill } from "@/lib/i18n/fill";
import { useMessages } from "@/lib/i18n/provider";

export interface RuleSetDefaults {
  latestVersion: number;
  today: string;
  thresholds: Record<ThresholdCode, { reportCode: string; cnyYuan: string; usdDollars: string }>;
  usdCnyRate: string;
  deadlineWorkingDays: number;
  retentionYears: number;
  institutionCode: string;
  institutionName: string;
}

export function NewRuleSetButton({ defaults }: { defaults: RuleSetDefaults }) {
  const m = useMessages("reportsRules");
  const router = useRouter();
  const { result, pending, run, clear } = useVersionedAction<{ version: number }>(defaults.latestVersion);
  const [open, setOpen] = useState(false);
  const base = useId();
  const error = result && !result.ok ? result : null;
  const fieldError = (name: string) => error?.fieldErrors?.[name];
  const text = (form: FormData, name: string) => String(form.get(name) ?? "");

  const input = (name: string, label: string, props: React.ComponentProps<typeof Input>) => {
    const id = `${base}-${name.replaceAll(".", "-")}`;
    return (
      <Field key={name} label={label} htmlFor={id} error={fieldError(name)} required={props.required}>
        <Input id={id} name={name} aria-invalid={fieldError(name) ? true : undefined} aria-describedby={fieldDescribedBy(id, fieldError(name))} {...props} />
      </Field>
    );
  };

  return (
    <div className="flex flex-col items-end gap-2">
      {!open && result?.ok ? (
        <AlertBanner tone="success" testId="rule-set-result">
          {fill(m.newVersion.saved, { version: result.data.version })}
        </AlertBanner>
      ) : null}
      <Button size="sm" data-testid="rule-set-new" onClick={() => (clear(), setOpen(true))}>
        {m.newVersion.open}
      </Button>
      <FormDialog
        open={open}
        onClose={() => setOpen(false)}
        title={m.newVersion.title}
        description={m.newVersion.help}
        submitLabel={m.newVersion.submit}
        cancelLabel={m.newVersion.cancel}
        pending={pending}
        size="lg"
        error={
          error && error.error !== "invalid"
            ? { message: error.message, tone: "warning", action: error.error === "conflict" ? <Button size="sm" onClick={() => router.refresh()}>{m.newVersion.reload}</Button> : undefined }
            : null
        }
        testId="rule-set-form"
        onSubmit={(form) =>
          run(
            () =>
              createRuleSetAction({
                latestVersion: defaults.latestVersion,
                effectiveFrom: text(form, "effectiveFrom"),
                thresholds: Object.fromEntries(
                  THRESHOLD_CODES.map((code) => [
                    code,
                    { reportCode: text(form, `thresholds.${code}.reportCode`), cnyYuan: text(form, `thresholds.${code}.cnyYuan`), usdDollars: text(form, `thresholds.${code}.usdDollars`) },
                  ]),
                ),
                usdCnyRate: text(form, "usdCnyRate"),
                deadlineWorkingDays: text(form, "deadlineWorkingDays"),
                retentionYears: text(form, "retentionYears"),
                institutionCode: text(form, "institutionCode"),
                institutionName: text(form, "institutionName"),
                note: text(form, "note"),
              }),
            (next) => {
              if (next.ok) {
                setOpen(false);
                router.refresh();
              }
            },
          )
        }
      >
        {input("effectiveFrom", m.newVersion.effectiveFrom, { type: "date", required: true, min: defaults.today, defaultValue: defaults.today })}
        <div className="grid gap-3 sm:grid-cols-3">
          {THRESHOLD_CODES.map((code) => {
            const name = m.ruleSet.codes[code];
            const current = defaults.thresholds[code];
            return [
              input(`thresholds.${code}.cnyYuan`, fill(m.newVersion.cnyYuan, { name }), { inputMode: "decimal", required: true, defaultValue: current.cnyYuan }),
              input(`thresholds.${code}.usdDollars`, fill(m.newVersion.usdDollars, { name }), { inputMode: "decimal", required: true, defaultValue: current.usdDollars }),
              input(`thresholds.${code}.reportCode`, fill(m.newVersion.reportCode, { name }), { inputMode: "numeric", required: true, maxLength: 4, defaultValue: current.reportCode }),
            ];
          })}
        </div>
        <div className="grid gap-3 sm:grid-cols-3">
          {input("usdCnyRate", m.newVersion.rate, { inputMode: "decimal", required: true, defaultValue: defaults.usdCnyRate })}
          {input("deadlineWorkingDays", m.newVersion.deadline, { type: "number", required: true, min: DEADLINE_DAYS_MIN, max: DEADLINE_DAYS_MAX, defaultValue: defaults.deadlineWorkingDays })}
          {input("retentionYears", m.newVersion.retention, { type: "number", required: true, min: RETENTION_YEARS_MIN, max: RETENTION_YEARS_MAX, defaultValue: defaults.retentionYears })}
        </div>
        <div className="grid gap-3 sm:grid-cols-2">
          {input("institutionCode", m.newVersion.institutionCode, { required: true, maxLength: INSTITUTION_CODE_MAX, defaultValue: defaults.institutionCode })}
          {input("institutionName", m.newVersion.institutionName, { required: true, maxLength: INSTITUTION_NAME_MAX, defaultValue: defaults.institutionName })}
        </div>
        {input("note", m.newVersion.note, { maxLength: RULE_NOTE_MAX })}
      </FormDialog>
    </div>
  );
}
