"use client";
// The STR draft's edit form: trigger, suspected crime, characteristics, urgency, the two narrative parts,
// and the transactions picked from the case's timeline with running totals in and out. Saved with the
// report's version as the page loaded it; the server's field messages show beside their fields, a conflict
// names who saved first. No zod here: the limits come from lib/reports/suspicious/fields.ts.
import { useId, useMemo, useState } from "react";
import { useRouter } from "next/navigation";
import { AlertBanner } from "@/components/ui/alert-banner";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardBody } from "@/components/ui/card";
import { Field, fieldDescribedBy } from "@/components/ui/field";
import { cellClassName, PlainTable } from "@/components/ui/plain-table";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { useVersionedAction } from "@/components/ui/use-versioned-action";
import { fill } from "@/lib/i18n/fill";
import { useLocale, useMessages } from "@/lib/i18n/provider";
import { formatCny } from "@/lib/money";
import { saveSuspiciousDraftAction } from "@/lib/reports/suspicious/actions";
import { CRIME_TYPE_CODES, NARRATIVE_MAX, STR_TRANSACTIONS_MAX, STR_TRIGGER_CODES } from "@/lib/reports/suspicious/fields";

export interface DraftFormRow {
  id: string;
  /** Shanghai time, formatted on the server. */
  at: string;
  type: string;
  direction: "IN" | "OUT";
  /** Fen as a decimal string (bigint does not cross to the browser as a number). */
  amountFen: string;
  party: string | null;
  evidence: boolean;
}

export interface DraftFormProps {
  reportId: string;
  version: number;
  trigger: string;
  crimeType: string;
  characteristicCodes: string[];
  narrativeFacts: string;
  narrativeAnalysis: string;
  urgent: boolean;
  picked: string[];
  characteristics: { code: string; label: string }[];
  rows: DraftFormRow[];
  capped: boolean;
}

type Saved = { reportId: string; version: number; changed: string[] };

export function SuspiciousDraftForm(props: DraftFormProps) {
  const m = useMessages("reportsDraft");
  const types = useMessages("transactions").type as Record<string, string>;
  const locale = useLocale();
  const router = useRouter();
  const base = useId();
  const { result, error, pending, run } = useVersionedAction<Saved>(props.version);
  const [trigger, setTrigger] = useState(props.trigger);
  const [crimeType, setCrimeType] = useState(props.crimeType);
  const [codes, setCodes] = useState<Set<string>>(() => new Set(props.characteristicCodes));
  const [urgent, setUrgent] = useState(props.urgent);
  const [facts, setFacts] = useState(props.narrativeFacts);
  const [analysis, setAnalysis] = useState(props.narrativeAnalysis);
  const [picked, setPicked] = useState<Set<string>>(() => new Set(props.picked));
  const fieldErrors = error?.fieldErrors ?? {};

  const totals = useMemo(() => {
    const sum = { inCount: 0, inFen: 0n, outCount: 0, outFen: 0n };
    for (const row of props.rows) {
      if (!picked.has(row.id)) continue;
      if (row.direction === "IN") {
        sum.inCount += 1;
        sum.inFen += BigInt(row.amountFen);
      } else {
        sum.outCount += 1;
        sum.outFen += BigInt(row.amountFen);
      }
    }
    return sum;
  }, [picked, props.rows]);

  const toggle = (set: Set<string>, value: string, on: boolean) => {
    const next = new Set(set);
    if (on) next.add(value);
    else next.delete(value);
    return next;
  };

  const submit = () =>
    run(
      () =>
        saveSuspiciousDraftAction({
          reportId: props.reportId,
          version: props.version,
          trigger,
          crimeType,
          characteristicCodes: props.characteristics.map((c) => c.code).filter((code) => codes.has(code)),
          narrativeFacts: facts,
          narrativeAnalysis: analysis,
          urgent,
          // In timeline order, so the saved set reads as the officer saw it.
          transactionIds: props.rows.map((row) => row.id).filter((id) => picked.has(id)),
        }),
      (next) => next.ok && router.refresh(),
    );

  const ids = { trigger: `${base}-trigger`, crime: `${base}-crime`, facts: `${base}-facts`, analysis: `${base}-analysis`, codes: `${base}-codes`, picks: `${base}-picks` };

  return (
    <Card title={m.form.title} description={m.form.help} data-testid="str-form">
      <form
        className="flex flex-col gap-4"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <CardBody className="flex flex-col gap-4">
          {result?.ok ? (
            <AlertBanner tone="success" testId="str-result">
              {result.data.changed.length > 0 ? m.form.saved : m.form.unchanged}
            </AlertBanner>
          ) : error ? (
            <AlertBanner tone={error.error === "invalid" ? "danger" : "warning"} testId="str-result" action={error.error === "conflict" ? <Button size="sm" onClick={() => router.refresh()}>{m.form.reload}</Button> : undefined}>
              <span data-error={error.error}>{error.error === "invalid" ? m.form.invalid : error.message}</span>
            </AlertBanner>
          ) : null}
          <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
            <Field label={m.form.trigger} htmlFor={ids.trigger} error={fieldErrors.trigger} required>
              <Select id={ids.trigger} name="trigger" value={trigger} onChange={(event) => setTrigger(event.target.value)} aria-describedby={fieldDescribedBy(ids.trigger, fieldErrors.trigger)}>
                {STR_TRIGGER_CODES.map((code) => (
                  <option key={code} value={code}>
                    {m.triggers[code]}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={m.form.crimeType} htmlFor={ids.crime} error={fieldErrors.crimeType} required>
              <Select id={ids.crime} name="crimeType" value={crimeType} onChange={(event) => setCrimeType(event.target.value)} aria-describedby={fieldDescribedBy(ids.crime, fieldErrors.crimeType)}>
                {CRIME_TYPE_CODES.map((code) => (
                  <option key={code} value={code}>
                    {m.crimeTypes[code]}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
          <fieldset className="flex flex-col gap-1.5" aria-describedby={fieldErrors.characteristicCodes ? `${ids.codes}-error` : undefined} data-testid="str-characteristics">
            <legend className="mb-1 text-sm font-medium text-ink">{m.form.characteristics}</legend>
            {props.characteristics.map((c) => (
              <label key={c.code} className="flex items-start gap-2 text-sm">
                <input type="checkbox" className="mt-0.5" name="characteristicCodes" value={c.code} checked={codes.has(c.code)} onChange={(event) => setCodes((set) => toggle(set, c.code, event.target.checked))} />
                <span>{c.label}</span>
              </label>
            ))}
            {fieldErrors.characteristicCodes ? (
              <p id={`${ids.codes}-error`} className="text-xs font-medium text-danger-fg">
                {fieldErrors.characteristicCodes}
              </p>
            ) : null}
          </fieldset>
          <label className="flex items-center gap-2 text-sm font-medium">
            <input type="checkbox" name="urgent" checked={urgent} onChange={(event) => setUrgent(event.target.checked)} data-testid="str-urgent" />
            {m.form.urgent}
          </label>
          <Field label={m.form.narrativeFacts} htmlFor={ids.facts} hint={m.form.narrativeFactsHint} error={fieldErrors.narrativeFacts} required>
            <Textarea
              id={ids.facts}
              name="narrativeFacts"
              rows={6}
              maxLength={NARRATIVE_MAX}
              value={facts}
              onChange={(event) => setFacts(event.target.value)}
              aria-invalid={fieldErrors.narrativeFacts ? true : undefined}
              aria-describedby={fieldDescribedBy(ids.facts, fieldErrors.narrativeFacts, m.form.narrativeFactsHint)}
            />
          </Field>
          <Field label={m.form.narrativeAnalysis} htmlFor={ids.analysis} hint={m.form.narrativeAnalysisHint} error={fieldErrors.narrativeAnalysis} required>
            <Textarea
              id={ids.analysis}
              name="narrativeAnalysis"
              rows={6}
              maxLength={NARRATIVE_MAX}
              value={analysis}
              onChange={(event) => setAnalysis(event.target.value)}
              aria-invalid={fieldErrors.narrativeAnalysis ? true : undefined}
              aria-describedby={fieldDescribedBy(ids.analysis, fieldErrors.narrativeAnalysis, m.form.narrativeAnalysisHint)}
            />
          </Field>
        </CardBody>
        <section aria-labelledby={`${ids.picks}-title`} className="flex flex-col gap-2" data-testid="str-picker">
          <CardBody className="flex flex-col gap-1 pb-0">
            <h3 id={`${ids.picks}-title`} className="text-sm font-medium text-ink">
              {m.picker.title}
            </h3>
            <p className="text-xs text-ink-subtle">{m.picker.hint}</p>
            {props.capped ? <p className="text-xs text-ink-subtle">{m.picker.capped}</p> : null}
            <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm num" data-testid="str-picker-totals" aria-live="polite">
              <span data-testid="str-picked-count">{fill(m.picker.picked, { count: picked.size })}</span>
              <span data-testid="str-total-in">{fill(m.picker.totalIn, { count: totals.inCount, amount: formatCny(totals.inFen, locale) })}</span>
              <span data-testid="str-total-out">{fill(m.picker.totalOut, { count: totals.outCount, amount: formatCny(totals.outFen, locale) })}</span>
            </p>
            {fieldErrors.transactionIds ? <p className="text-xs font-medium text-danger-fg">{fieldErrors.transactionIds}</p> : null}
          </CardBody>
          {props.rows.length === 0 ? (
            <CardBody className="text-sm text-ink-subtle">{m.picker.empty}</CardBody>
          ) : (
            <PlainTable
              caption={m.picker.caption}
              headers={[{ label: m.picker.pick }, { label: m.picker.time }, { label: m.picker.type }, { label: m.picker.direction }, { label: m.picker.amount, align: "end" }, { label: m.picker.counterparty }]}
              testId="str-picker-table"
            >
              {props.rows.map((row) => (
                <tr key={row.id} className="group/row" data-testid="str-pick-row" data-transaction-id={row.id} data-picked={picked.has(row.id) ? "true" : "false"}>
                  <td className={cellClassName}>
                    <input
                      type="checkbox"
                      aria-label={`${m.picker.pick} ${row.at}`}
                      checked={picked.has(row.id)}
                      disabled={!picked.has(row.id) && picked.size >= STR_TRANSACTIONS_MAX}
                      onChange={(event) => setPicked((set) => toggle(set, row.id, event.target.checked))}
                    />
                  </td>
                  <td className={`${cellClassName} num whitespace-nowrap`}>{row.at}</td>
                  <td className={cellClassName}>
                    {types[row.type] ?? row.type}
                    {row.evidence ? (
                      <Badge tone="warning" className="ml-2">
                        {m.picker.evidence}
                      </Badge>
                    ) : null}
                  </td>
                  <td className={cellClassName}>{row.direction === "IN" ? m.picker.in : m.picker.out}</td>
                  <td className={`${cellClassName} num text-right`}>{formatCny(BigInt(row.amountFen), locale)}</td>
                  <td className={cellClassName}>{row.party ?? "—"}</td>
                </tr>
              ))}
            </PlainTable>
          )}
        </section>
        <CardBody className="flex justify-end pt-0">
          <Button type="submit" variant="primary" disabled={pending} data-testid="str-save">
            {pending ? m.form.saving : m.form.save}
          </Button>
        </CardBody>
      </form>
    </Card>
  );
}
