"use client";
// The author's draft of a rule: one field per parameter with the spec's bounds (checked here with the same
// bounds the server checks with paramsSchema), severity, the switch and a note; save, then submit for
// approval. A returned or stale draft says why and is saved again before it can go.
import { useId, useState } from "react";
import { useRouter } from "next/navigation";
import { AlertBanner } from "@/components/ui/alert-banner";
import { Button } from "@/components/ui/button";
import { Card, CardBody } from "@/components/ui/card";
import { Field, fieldDescribedBy } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { useVersionedAction } from "@/components/ui/use-versioned-action";
import { formatParam } from "@/components/rules/param-format";
import { saveRuleDraftAction, submitRuleDraftAction } from "@/lib/fraud/versions/actions";
import { fromInput, NOTE_MAX, paramProblem, SEVERITIES, toInput, type ParamField } from "@/lib/fraud/versions/fields";
import type { AlertSeverity } from "@/lib/generated/prisma/enums";
import { DataValue, fillNodes } from "@/lib/i18n/data-value";
import { fill } from "@/lib/i18n/fill";
import { useLocale, useMessages } from "@/lib/i18n/provider";

export interface DraftState {
  versionId: string;
  version: number;
  rowVersion: number;
  status: "DRAFT" | "REJECTED";
  rejectionReason: string | null;
  /** Set when the draft's base is no longer the live version. */
  stale: { base: number; active: number } | null;
}

export interface EditorValues {
  params: Record<string, number>;
  severity: AlertSeverity;
  enabled: boolean;
  note: string;
}

export function DraftEditor({ ruleId, fields, activeVersion, draft, initial }: { ruleId: string; fields: ParamField[]; activeVersion: number | null; draft: DraftState | null; initial: EditorValues }) {
  const m = useMessages("rules");
  const severityNames = useMessages("alerts").severity;
  const locale = useLocale();
  const router = useRouter();
  const id = useId();
  const [texts, setTexts] = useState<Record<string, string>>(() => Object.fromEntries(fields.map((f) => [f.key, toInput(f.unit, initial.params[f.key] ?? f.default)])));
  const [severity, setSeverity] = useState<AlertSeverity>(initial.severity);
  const [enabled, setEnabled] = useState(initial.enabled);
  const [note, setNote] = useState(initial.note);
  // A new, returned or stale draft can be saved as it stands (saving a stale one bases it on the live version).
  const [dirty, setDirty] = useState(draft === null || draft.status === "REJECTED" || draft.stale !== null);
  const save = useVersionedAction<{ version: number }>(draft?.rowVersion);
  const submit = useVersionedAction<{ version: number }>(draft?.rowVersion);

  const values = Object.fromEntries(fields.map((f) => [f.key, fromInput(f.unit, texts[f.key] ?? "")]));
  const problems = Object.fromEntries(fields.map((f) => [f.key, paramProblem(f, values[f.key])]));
  const valid = Object.values(problems).every((p) => p === null);
  const problemText = (f: ParamField) => {
    const p = problems[f.key];
    if (!p) return undefined;
    const limit = formatParam(f.unit, p === "min" ? f.min : f.max, locale, m);
    return fill(m.editor.problems[p], { limit });
  };
  const touch = () => setDirty(true);

  const onSave = () => {
    if (!valid) return;
    const params = Object.fromEntries(fields.map((f) => [f.key, values[f.key] as number]));
    save.run(() => saveRuleDraftAction({ ruleId, versionId: draft?.versionId, rowVersion: draft?.rowVersion, params, severity, enabled, note }), (r) => {
      if (r.ok) {
        setDirty(false);
        router.refresh();
      }
    });
  };
  const onSubmit = () => {
    if (!draft) return;
    submit.run(() => submitRuleDraftAction({ versionId: draft.versionId, rowVersion: draft.rowVersion }), (r) => r.ok && router.refresh());
  };

  const title = draft ? fill(m.editor.editTitle, { version: draft.version }) : m.editor.newTitle;
  const error = save.error ?? submit.error;
  return (
    <Card title={title} description={activeVersion !== null ? fill(m.editor.description, { version: activeVersion }) : undefined} data-testid="draft-editor">
      <CardBody className="flex flex-col gap-3">
        {draft?.status === "REJECTED" && draft.rejectionReason ? <AlertBanner tone="warning" testId="draft-rejected">{fillNodes(m.editor.rejected, { reason: <DataValue>{draft.rejectionReason}</DataValue> })}</AlertBanner> : null}
        {draft?.stale ? <AlertBanner tone="warning" testId="draft-stale">{fill(m.editor.stale, { base: draft.stale.base, active: draft.stale.active })}</AlertBanner> : null}
        <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
          {fields.map((f) => {
            const fieldId = `${id}-${f.key}`;
            const problem = problemText(f) ?? save.error?.fieldErrors?.[`params.${f.key}`];
            const hint = fill(m.editor.range, { min: formatParam(f.unit, f.min, locale, m), max: formatParam(f.unit, f.max, locale, m) });
            return (
              <Field key={f.key} label={fill(m.editor.fieldLabel, { label: f.label[locale], unit: m.unitNames[f.unit] })} htmlFor={fieldId} error={problem} hint={hint}>
                <Input
                  id={fieldId}
                  name={f.key}
                  inputMode="decimal"
                  value={texts[f.key] ?? ""}
                  onChange={(e) => { setTexts((t) => ({ ...t, [f.key]: e.target.value })); touch(); }}
                  aria-invalid={problem ? true : undefined}
                  aria-describedby={fieldDescribedBy(fieldId, problem, hint)}
                  data-testid={`param-${f.key}`}
                  className="tabular-nums"
                />
              </Field>
            );
          })}
        </div>
        <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
          <Field label={m.editor.severity} htmlFor={`${id}-severity`}>
            <Select id={`${id}-severity`} value={severity} onChange={(e) => { setSeverity(e.target.value as AlertSeverity); touch(); }} data-testid="draft-severity">
              {SEVERITIES.map((s) => <option key={s} value={s}>{severityNames[s]}</option>)}
            </Select>
          </Field>
          <label className="flex items-center gap-2 self-end pb-2 text-sm text-ink">
            <input type="checkbox" checked={enabled} onChange={(e) => { setEnabled(e.target.checked); touch(); }} data-testid="draft-enabled" />
            {m.editor.enabled}
          </label>
        </div>
        <Field label={m.editor.note} htmlFor={`${id}-note`}>
          <Textarea id={`${id}-note`} value={note} maxLength={NOTE_MAX} placeholder={m.editor.notePlaceholder} onChange={(e) => { setNote(e.target.value); touch(); }} rows={2} data-testid="draft-note" />
        </Field>
        {error ? <AlertBanner tone="danger" testId="draft-error">{error.message}</AlertBanner> : null}
        {save.result?.ok && !dirty ? <AlertBanner tone="success" testId="draft-saved">{fill(m.editor.saved, { version: save.result.data.version })}</AlertBanner> : null}
        {submit.result?.ok ? <AlertBanner tone="success" testId="draft-submitted">{fill(m.editor.submitted, { version: submit.result.data.version })}</AlertBanner> : null}
        <div className="flex flex-wrap items-center gap-2">
          <Button variant={draft && !dirty ? "secondary" : "primary"} onClick={onSave} loading={save.pending} disabled={!valid || !dirty} data-testid="draft-save">
            {save.pending ? m.editor.saving : m.editor.save}
          </Button>
          {draft ? (
            <Button variant="primary" onClick={onSubmit} loading={submit.pending} disabled={dirty || draft.status !== "DRAFT" || draft.stale !== null} data-testid="draft-submit">
              {submit.pending ? m.editor.submitting : m.editor.submit}
            </Button>
          ) : null}
        </div>
        {draft ? <p className="text-xs text-ink-subtle">{m.editor.submitHint}</p> : null}
      </CardBody>
    </Card>
  );
}
