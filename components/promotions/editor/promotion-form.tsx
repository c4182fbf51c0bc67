"use client";
// The promotion editor: one form for every type, showing the reward fields of the chosen type
// (TYPE_FIELDS), the eligibility, budget, dates and priority. It validates with the same zod/mini schema the
// server parses with as you type (errors beside the field once it was touched, or at once for a
// combination that cannot be), and the plain-language summary beside it follows every key. Saving creates
// the promotion with its version 1, changes the author's draft, or starts a new version of a running or
// rejected promotion (lib/promotions/editor/mutations.ts); the server's field errors land beside the field.
import { useMemo, useState, type ReactNode } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { AlertBanner } from "@/components/ui/alert-banner";
import { Button, buttonClassName } from "@/components/ui/button";
import { Card, CardBody } from "@/components/ui/card";
import { Field, fieldDescribedBy, fieldErrorId } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { ChoiceList, type Choice } from "@/components/promotions/editor/choice-list";
import { PromotionSummary } from "@/components/promotions/editor/promotion-summary";
import { useVersionedAction } from "@/components/ui/use-versioned-action";
import { issueMessage } from "@/lib/actions/field-messages";
import { tierNumeral } from "@/lib/i18n/glossary";
import { fill } from "@/lib/i18n/fill";
import { useLocale, useMessages, useTranslate } from "@/lib/i18n/provider";
import { provinceName } from "@/lib/i18n/regions";
import { formatCny } from "@/lib/money";
import { savePromotionDraftAction } from "@/lib/promotions/editor/actions";
import { formIssues } from "@/lib/promotions/editor/validate";
import { fromFormValues, INPUT_OF, isPromotionType, type FormValues, type ParamField } from "@/lib/promotions/editor/form";
import type { PromotionDraftSaved } from "@/lib/promotions/editor/mutations";
import { ACCOUNT_TIERS, BONUS_TRIGGERS, DESCRIPTION_MAX, MONEY_MAX_FEN, NAME_MAX, PROMOTION_CHANNELS, PROMOTION_TYPES } from "@/lib/promotions/fields";
import { promotionParamsSchema, TYPE_FIELDS } from "@/lib/promotions/params";
import { PROVINCES } from "@/lib/sim/data/regions";

export interface EditorTarget {
  promotionId: string | null;
  /** The author's draft being changed, or null for a new version (or a new promotion). */
  versionId: string | null;
  rowVersion: number | null;
}

/** Parameters shown in hundredths (percent, multiplier): their limits are written the same way. */
const HUNDREDTHS: ReadonlySet<ParamField> = new Set(["percentBps", "multiplierX100"]);
const MONEY: ReadonlySet<ParamField> = new Set(["perTransactionCapFen", "thresholdFen", "rewardFen", "minAmountFen", "budgetFen", "perCustomerBudgetFen"]);

export function PromotionForm({
  initial,
  target: initialTarget,
  spentFen,
  justSaved = null,
}: {
  initial: FormValues;
  target: EditorTarget;
  spentFen: number;
  /** The draft's number when the page was opened straight after creating it: the form says it was saved. */
  justSaved?: number | null;
}) {
  const m = useMessages("promotions");
  const mcc = useMessages("transactions").mcc as Record<string, string>;
  const e = m.editor;
  const locale = useLocale();
  const t = useTranslate();
  const [values, setValues] = useState<FormValues>(initial);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [attempted, setAttempted] = useState(false);
  const [target, setTarget] = useState(initialTarget);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState<Pick<PromotionDraftSaved, "promotionId" | "number"> | null>(
    justSaved !== null && initialTarget.promotionId ? { promotionId: initialTarget.promotionId, number: justSaved } : null,
  );
  const router = useRouter();
  const action = useVersionedAction<PromotionDraftSaved>();

  const read = useMemo(() => fromFormValues(values), [values]);
  const parsed = useMemo(() => promotionParamsSchema.safeParse(read.params), [read]);
  const issues = useMemo(() => (parsed.success ? [] : formIssues(read.params)), [parsed, read]);

  // One message per parameter: what did not read as its kind first, then the schema's first issue.
  const errors = useMemo(() => {
    const out: Partial<Record<ParamField, { message: string; combined: boolean }>> = {};
    for (const [field, problem] of Object.entries(read.problems) as [ParamField, string][]) out[field] = { message: e.invalid[problem as keyof typeof e.invalid], combined: false };
    {
      for (const issue of issues) {
        const field = issue.path[0] as ParamField | undefined;
        if (!field || out[field]) continue;
        out[field] = { message: limitMessage(field, issue) ?? issueMessage(issue, read.params, t, locale), combined: issue.code === "custom" };
      }
    }
    if (spentFen > 0 && Number.isFinite(read.params.budgetFen) && read.params.budgetFen < spentFen && !out.budgetFen) out.budgetFen = { message: m.saveErrors.budgetBelowSpent, combined: true };
    return out;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- e, m and t change only with the language
  }, [read, issues, spentFen, locale]);

  function limitMessage(field: ParamField, issue: { code: string; minimum?: unknown; maximum?: unknown; inclusive?: boolean }): string | null {
    const limit = issue.code === "too_small" ? issue.minimum : issue.code === "too_big" ? issue.maximum : null;
    if (limit === null || limit === undefined || (!MONEY.has(field) && !HUNDREDTHS.has(field))) return null;
    const n = Number(limit);
    const written = MONEY.has(field) ? formatCny(BigInt(n), locale) : String(n / 100);
    if (issue.code === "too_small") return n <= 1 ? t("validation.mustBeAbove", { limit: MONEY.has(field) ? formatCny(0n, locale) : "0" }) : t("validation.tooSmall", { limit: written });
    return t("validation.tooLarge", { limit: MONEY.has(field) && n >= MONEY_MAX_FEN ? formatCny(BigInt(MONEY_MAX_FEN), locale) : written });
  }

  const errorOf = (field: ParamField): string | undefined => {
    const server = serverErrors[`params.${field}`];
    if (server) return server;
    const own = errors[field];
    if (!own) return undefined;
    return own.combined || attempted || touched.has(INPUT_OF[field]) ? own.message : undefined;
  };

  function set<K extends keyof FormValues>(key: K, value: FormValues[K]) {
    setValues((prev) => ({ ...prev, [key]: value }));
    setTouched((prev) => (prev.has(key) ? prev : new Set([...prev, key])));
    setServerErrors({});
    setSaved(null);
  }
  const touch = (key: keyof FormValues) => () => setTouched((prev) => (prev.has(key) ? prev : new Set([...prev, key])));

  const used = TYPE_FIELDS[values.type] as readonly ParamField[];
  const visibleErrors = (Object.keys(errors) as ParamField[]).filter((f) => errors[f]);

  function save() {
    setAttempted(true);
    if (!parsed.success || Object.keys(read.problems).length > 0 || visibleErrors.length > 0) {
      const first = visibleErrors[0];
      if (first) document.getElementById(`promo-${INPUT_OF[first]}`)?.focus();
      return;
    }
    action.run(
      () => savePromotionDraftAction({ promotionId: target.promotionId ?? undefined, versionId: target.versionId ?? undefined, rowVersion: target.rowVersion ?? undefined, params: parsed.data }),
      (result) => {
        if (result.ok) {
          // A new promotion moves to its own edit page, which opens this draft and says it was saved: the
          // address and the form then agree however the server action's refresh and the move interleave.
          if (result.data.created) {
            router.replace(`/promotions/${result.data.promotionId}/edit?saved=${result.data.number}`);
            return;
          }
          setTarget({ promotionId: result.data.promotionId, versionId: result.data.versionId, rowVersion: result.data.rowVersion });
          setSaved(result.data);
          setServerErrors({});
        } else if (result.fieldErrors) {
          setServerErrors(result.fieldErrors);
        }
      },
    );
  }

  const field = (key: ParamField) => {
    const input = INPUT_OF[key];
    const id = `promo-${input}`;
    const error = errorOf(key);
    return { id, error, invalid: error ? true : undefined, describedBy: (hint?: ReactNode) => fieldDescribedBy(id, error, hint) };
  };

  const moneyInput = (key: ParamField, label: string, opts: { required?: boolean; hint?: ReactNode } = {}) => {
    const f = field(key);
    const input = INPUT_OF[key] as keyof FormValues;
    return (
      <Field label={label} htmlFor={f.id} error={f.error} hint={opts.hint} required={opts.required}>
        <Input id={f.id} inputMode="decimal" value={values[input] as string} onChange={(ev) => set(input, ev.target.value as never)} onBlur={touch(input)} aria-invalid={f.invalid} aria-describedby={f.describedBy(opts.hint)} required={opts.required} className="num" />
      </Field>
    );
  };
  const numberInput = (key: ParamField, label: string, opts: { required?: boolean; hint?: ReactNode; decimal?: boolean } = {}) => {
    const f = field(key);
    const input = INPUT_OF[key] as keyof FormValues;
    return (
      <Field label={label} htmlFor={f.id} error={f.error} hint={opts.hint} required={opts.required}>
        <Input id={f.id} inputMode={opts.decimal ? "decimal" : "numeric"} value={values[input] as string} onChange={(ev) => set(input, ev.target.value as never)} onBlur={touch(input)} aria-invalid={f.invalid} aria-describedby={f.describedBy(opts.hint)} required={opts.required} className="num" />
      </Field>
    );
  };
  const checkGroup = <V extends string | number>(key: ParamField, label: string, hint: string, options: readonly V[], optionLabel: (v: V) => string) => {
    const f = field(key);
    const input = INPUT_OF[key] as "channels" | "tiers";
    const current = values[input] as unknown as readonly V[];
    return (
      <fieldset className="flex flex-col gap-1.5" aria-describedby={f.describedBy(hint)} aria-invalid={f.invalid}>
        <legend className="mb-1.5 text-sm font-medium text-ink">{label}</legend>
        <div className="flex flex-wrap gap-x-4 gap-y-1">
          {options.map((option) => (
            <label key={String(option)} className="inline-flex items-center gap-1.5 text-sm text-ink">
              <input
                id={option === options[0] ? f.id : undefined}
                type="checkbox"
                className="size-4 accent-brand-600"
                checked={current.includes(option)}
                onChange={() => set(input, (current.includes(option) ? current.filter((x) => x !== option) : [...current, option]) as never)}
              />
              {optionLabel(option)}
            </label>
          ))}
        </div>
        <p id={`${f.id}-hint`} className="text-xs text-ink-subtle">{hint}</p>
        {f.error ? <p id={fieldErrorId(f.id)} className="text-xs font-medium text-danger-fg">{f.error}</p> : null}
      </fieldset>
    );
  };

  const mccChoices: Choice[] = useMemo(() => Object.entries(mcc).map(([code, name]) => ({ value: code, label: name, hint: code })), [mcc]);
  const provinceChoices: Choice[] = useMemo(() => PROVINCES.map((p) => ({ value: p.name, label: provinceName(p.name, locale), hint: undefined })).sort((a, b) => a.label.localeCompare(b.label, locale)), [locale]);
  const removeLabel = (label: string) => `${label} ×`;
  const paymentFilters = values.type !== "SIGNUP_BONUS" || values.bonusTrigger === "FIRST_PAYMENT";
  const spentHint = spentFen > 0 ? fill(e.hints.budgetSpent, { spent: formatCny(BigInt(spentFen), locale) }) : undefined;

  const mccField = field("mccs");
  const provinceField = field("provinces");
  const nameField = field("name");
  const descriptionField = field("description");
  const typeField = field("type");
  const triggerField = field("bonusTrigger");
  const startsField = field("startsAt");
  const endsField = field("endsAt");

  return (
    <form
      className="grid grid-cols-1 items-start gap-4 xl:grid-cols-[minmax(0,1fr)_22rem]"
      noValidate
      onSubmit={(ev) => {
        ev.preventDefault();
        save();
      }}
      data-testid="promotion-form"
    >
      <div className="flex min-w-0 flex-col gap-4">
        <Card title={e.sections.basics}>
          <CardBody className="grid grid-cols-1 gap-4 md:grid-cols-2">
            <Field label={e.labels.name} htmlFor={nameField.id} error={nameField.error} required className="md:col-span-1">
              <Input id={nameField.id} value={values.name} maxLength={NAME_MAX + 10} onChange={(ev) => set("name", ev.target.value)} onBlur={touch("name")} aria-invalid={nameField.invalid} aria-describedby={nameField.describedBy()} required />
            </Field>
            <Field label={e.labels.type} htmlFor={typeField.id} error={typeField.error} required>
              <Select id={typeField.id} value={values.type} onChange={(ev) => isPromotionType(ev.target.value) && set("type", ev.target.value)} aria-describedby={typeField.describedBy()}>
                {PROMOTION_TYPES.map((type) => (
                  <option key={type} value={type}>{m.type[type]}</option>
                ))}
              </Select>
            </Field>
            <Field label={e.labels.description} htmlFor={descriptionField.id} error={descriptionField.error} className="md:col-span-2">
              <Textarea id={descriptionField.id} value={values.description} rows={2} maxLength={DESCRIPTION_MAX + 10} onChange={(ev) => set("description", ev.target.value)} onBlur={touch("description")} aria-invalid={descriptionField.invalid} aria-describedby={descriptionField.describedBy()} />
            </Field>
          </CardBody>
        </Card>

        <Card title={e.sections.reward} description={m.type[values.type]}>
          <CardBody className="grid grid-cols-1 gap-4 md:grid-cols-2">
            {used.includes("percentBps") ? numberInput("percentBps", e.labels.percent, { required: true, decimal: true }) : null}
            {used.includes("perTransactionCapFen") ? moneyInput("perTransactionCapFen", e.labels.perTransactionCap, { required: true }) : null}
            {used.includes("thresholdFen") ? moneyInput("thresholdFen", e.labels.threshold, { required: true }) : null}
            {used.includes("bonusTrigger") ? (
              <Field label={e.labels.bonusTrigger} htmlFor={triggerField.id} error={triggerField.error} required>
                <Select id={triggerField.id} value={values.bonusTrigger} onChange={(ev) => set("bonusTrigger", ev.target.value)} onBlur={touch("bonusTrigger")} aria-invalid={triggerField.invalid} aria-describedby={triggerField.describedBy()}>
                  <option value="" disabled>—</option>
                  {BONUS_TRIGGERS.map((trigger) => (
                    <option key={trigger} value={trigger}>{m.bonusTrigger[trigger]}</option>
                  ))}
                </Select>
              </Field>
            ) : null}
            {used.includes("rewardFen") ? moneyInput("rewardFen", e.labels.reward, { required: true }) : null}
            {used.includes("multiplierX100") ? numberInput("multiplierX100", e.labels.multiplier, { required: true, decimal: true, hint: e.hints.multiplier }) : null}
          </CardBody>
        </Card>

        <Card title={e.sections.eligibility}>
          <CardBody className="grid grid-cols-1 gap-4 md:grid-cols-2">
            {paymentFilters ? (
              <>
                <div className="md:col-span-2">{checkGroup("channels", e.labels.channels, e.hints.channels, PROMOTION_CHANNELS, (c) => m.channel[c])}</div>
                <Field label={e.labels.mccs} htmlFor={mccField.id} error={mccField.error} hint={e.hints.mccs}>
                  <ChoiceList id={mccField.id} choices={mccChoices} value={values.mccs} onChange={(next) => set("mccs", next)} searchLabel={e.hints.mccSearch} invalid={mccField.invalid} describedBy={mccField.describedBy(e.hints.mccs)} removeLabel={removeLabel} />
                </Field>
                <div className="flex flex-col gap-4">{moneyInput("minAmountFen", e.labels.minAmount, { hint: e.hints.optional })}</div>
              </>
            ) : null}
            <div className="md:col-span-2">{checkGroup("tiers", e.labels.tiers, e.hints.tiers, ACCOUNT_TIERS, (tier) => fill(e.tierOption, { tier: tierNumeral(tier) }))}</div>
            <Field label={e.labels.provinces} htmlFor={provinceField.id} error={provinceField.error} hint={e.hints.provinces}>
              <ChoiceList id={provinceField.id} choices={provinceChoices} value={values.provinces} onChange={(next) => set("provinces", next)} searchLabel={e.hints.provinceSearch} invalid={provinceField.invalid} describedBy={provinceField.describedBy(e.hints.provinces)} removeLabel={removeLabel} />
            </Field>
            <div className="flex flex-col gap-4">{numberInput("newCustomerDays", e.labels.newCustomerDays, { hint: e.hints.optional })}</div>
          </CardBody>
        </Card>

        <Card title={e.sections.budget}>
          <CardBody className="grid grid-cols-1 gap-4 md:grid-cols-2">
            {moneyInput("budgetFen", e.labels.budget, { required: true, hint: spentHint })}
            {moneyInput("perCustomerBudgetFen", e.labels.perCustomerBudget, { hint: e.hints.optional })}
            {numberInput("maxRewardsPerCustomer", e.labels.maxRewardsPerCustomer, { hint: e.hints.optional })}
            {numberInput("maxRewardsPerCustomerPerDay", e.labels.maxRewardsPerCustomerPerDay, { hint: e.hints.optional })}
            {numberInput("fraudShareLimitPercent", e.labels.fraudShareLimit, { required: true, hint: e.hints.fraudShareLimit })}
          </CardBody>
        </Card>

        <Card title={e.sections.schedule}>
          <CardBody className="grid grid-cols-1 gap-4 md:grid-cols-2">
            <Field label={e.labels.startsAt} htmlFor={startsField.id} error={startsField.error} required>
              <Input id={startsField.id} type="datetime-local" value={values.startsAt} onChange={(ev) => set("startsAt", ev.target.value)} onBlur={touch("startsAt")} aria-invalid={startsField.invalid} aria-describedby={startsField.describedBy()} required />
            </Field>
            <Field label={e.labels.endsAt} htmlFor={endsField.id} error={endsField.error} required>
              <Input id={endsField.id} type="datetime-local" value={values.endsAt} onChange={(ev) => set("endsAt", ev.target.value)} onBlur={touch("endsAt")} aria-invalid={endsField.invalid} aria-describedby={endsField.describedBy()} required />
            </Field>
            {numberInput("priority", e.labels.priority, { required: true, hint: e.hints.priority })}
            <label className="inline-flex items-center gap-2 self-center text-sm text-ink">
              <input id="promo-stackable" type="checkbox" className="size-4 accent-brand-600" checked={values.stackable} onChange={(ev) => set("stackable", ev.target.checked)} />
              {e.labels.stackable}
            </label>
          </CardBody>
        </Card>
      </div>

      <div className="flex flex-col gap-3 xl:sticky xl:top-4">
        <PromotionSummary params={read.params} />
        {attempted && visibleErrors.length > 0 ? (
          <AlertBanner tone="danger" testId="promotion-form-errors">{fill(e.fixErrors, { count: visibleErrors.length })}</AlertBanner>
        ) : null}
        {action.error && !action.error.fieldErrors ? (
          <AlertBanner
            tone={action.error.error === "conflict" ? "warning" : "danger"}
            testId="promotion-form-failure"
            action={action.error.error === "conflict" ? <Button type="button" size="sm" onClick={() => window.location.reload()}>{e.reload}</Button> : undefined}
          >
            {action.error.message}
          </AlertBanner>
        ) : null}
        {saved ? (
          <AlertBanner tone="success" testId="promotion-form-saved" action={<Link href={`/promotions/${saved.promotionId}`} className={buttonClassName("secondary", "sm")}>{e.toDetail}</Link>}>
            {fill(e.saved, { number: saved.number })}
          </AlertBanner>
        ) : null}
        <div className="flex items-center justify-end gap-2">
          <Link href={target.promotionId ? `/promotions/${target.promotionId}` : "/promotions"} className={buttonClassName("ghost", "md")}>
            {e.cancel}
          </Link>
          <Button type="submit" variant="primary" loading={action.pending} data-testid="promotion-save">
            {action.pending ? e.saving : e.save}
          </Button>
        </div>
      </div>
    </form>
  );
}
