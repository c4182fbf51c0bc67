"use client";
// The wallet's controls on the customer 360: freeze, unfreeze (never by the person who froze it), adjust
// limits within the tier's policy, close a wallet with nothing in it. Each opens a form dialog with a
// reason (a freeze also with its category); the server decides, and its refusal is shown in the dialog (or
// beside the field it concerns).
import { useId, useState } from "react";
import { useRouter } from "next/navigation";
import { Ban, LockKeyhole, LockKeyholeOpen, SlidersHorizontal } from "lucide-react";
import { AlertBanner } from "@/components/ui/alert-banner";
import { Button } from "@/components/ui/button";
import { Field, fieldDescribedBy } from "@/components/ui/field";
import { FormDialog } from "@/components/ui/form-dialog";
import { ReasonField } from "@/components/ui/reason-field";
import { Select } from "@/components/ui/select";
import { useVersionedAction } from "@/components/ui/use-versioned-action";
import { LimitFields, type LimitValues } from "@/components/wallets/limit-fields";
import type { ActionResult } from "@/lib/actions/result";
import { fill } from "@/lib/i18n/fill";
import { tierNumeral } from "@/lib/i18n/glossary";
import { useMessages } from "@/lib/i18n/provider";
import { adjustWalletLimitsAction, closeWalletAction, freezeWalletAction, unfreezeWalletAction } from "@/lib/wallets/actions";
import { WALLET_FREEZE_REASONS, type WalletFreezeReason } from "@/lib/wallets/freeze-reasons";
import { WALLET_REASON_MAX } from "@/lib/wallets/fields";

type Control = "freeze" | "unfreeze" | "limits" | "close";

export interface WalletControlsProps {
  wallet: {
    id: string;
    version: number;
    tier: number;
    /** What each control may do now, as the server would judge it; null when the control is not offered. */
    offers: Record<Control, { allowed: true } | { allowed: false; why: string } | null>;
    limits: LimitValues;
    maxima: LimitValues;
    frozen: { byName: string; at: string; reasonCode: WalletFreezeReason | null; reason: string } | null;
  };
}

const ACTIONS: Record<Control, (input: unknown) => Promise<ActionResult<unknown>>> = {
  freeze: freezeWalletAction,
  unfreeze: unfreezeWalletAction,
  limits: adjustWalletLimitsAction,
  close: closeWalletAction,
};

/** The freeze's category: a fixed list, required (the server's schema says so too). */
function FreezeCategoryField({ id, error }: { id: string; error?: string }) {
  const m = useMessages("wallets");
  return (
    <Field label={m.freeze.category} htmlFor={id} error={error} required>
      <Select id={id} name="reasonCode" required defaultValue="" aria-invalid={error ? true : undefined} aria-describedby={fieldDescribedBy(id, error)} data-testid="wallet-freeze-category-select">
        <option value="" disabled>
          {m.freeze.categoryPlaceholder}
        </option>
        {WALLET_FREEZE_REASONS.map((code) => (
          <option key={code} value={code}>
            {m.freezeReasons[code]}
          </option>
        ))}
      </Select>
    </Field>
  );
}

export function WalletControls({ wallet }: WalletControlsProps) {
  const m = useMessages("wallets");
  const router = useRouter();
  const [open, setOpen] = useState<Control | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const { error: refusal, pending, run, clear } = useVersionedAction<unknown>(wallet.version);
  const reasonId = useId();

  const close = () => {
    setOpen(null);
    clear();
  };
  const submit = (control: Control, form: FormData) => {
    const input = { walletId: wallet.id, version: wallet.version, reason: form.get("reason"), reasonCode: form.get("reasonCode"), singleLimit: form.get("singleLimit"), dailyLimit: form.get("dailyLimit"), annualLimit: form.get("annualLimit") };
    run(
      () => ACTIONS[control](input),
      (next) => {
        if (!next.ok) return;
        setOpen(null);
        setDone(m[control === "limits" ? "limitsForm" : control].done);
        router.refresh();
      },
    );
  };

  const fieldErrors = refusal?.fieldErrors ?? {};
  // A message the fields already show is not repeated above them.
  const bannerError =
    refusal && !Object.values(fieldErrors).includes(refusal.message)
      ? {
          message: refusal.message,
          tone: refusal.error === "conflict" || refusal.error === "state" ? ("warning" as const) : ("danger" as const),
          action: refusal.error === "conflict" ? <Button size="sm" onClick={() => { close(); router.refresh(); }}>{m.reload}</Button> : undefined,
        }
      : null;
  const dialog = (control: Control, props: { title: string; description: string; submitLabel: string; danger?: boolean; wide?: boolean; children?: React.ReactNode }) => (
    <FormDialog
      open={open === control}
      onClose={close}
      title={props.title}
      description={props.description}
      submitLabel={props.submitLabel}
      submitVariant={props.danger ? "danger" : "primary"}
      cancelLabel={m.actions.cancel}
      pending={pending}
      error={bannerError}
      onSubmit={(form) => submit(control, form)}
      testId={`wallet-${control}-form`}
      size={props.wide ? "lg" : "md"}
    >
      {props.children}
      {/* Every dialog stays in the document while closed, so each field needs its own id. */}
      <ReasonField id={`${reasonId}-${control}`} label={m.reason.label} hint={m.reason.hint} error={open === control ? fieldErrors.reason : undefined} maxLength={WALLET_REASON_MAX} rows={3} />
    </FormDialog>
  );

  const offered = (Object.entries(wallet.offers) as [Control, WalletControlsProps["wallet"]["offers"][Control]][]).filter(([, offer]) => offer !== null);
  if (offered.length === 0 && !done) return null;
  const icons = { freeze: LockKeyhole, unfreeze: LockKeyholeOpen, limits: SlidersHorizontal, close: Ban };
  const labels = { freeze: m.actions.freeze, unfreeze: m.actions.unfreeze, limits: m.actions.adjustLimits, close: m.actions.close };
  const why = offered.flatMap(([control, offer]) => (offer && !offer.allowed ? [{ control, why: offer.why }] : []));

  return (
    <div className="flex flex-col gap-3" data-testid="wallet-controls">
      {done ? (
        <AlertBanner tone="success" testId="wallet-control-done">
          {done}
        </AlertBanner>
      ) : null}
      <div className="flex flex-wrap gap-2">
        {offered.map(([control, offer]) => {
          const Icon = icons[control];
          return (
            <Button
              key={control}
              size="sm"
              variant={control === "freeze" ? "danger" : "secondary"}
              disabled={!offer?.allowed}
              aria-describedby={offer && !offer.allowed ? `${reasonId}-why-${control}` : undefined}
              onClick={() => {
                setDone(null);
                clear();
                setOpen(control);
              }}
              data-testid={`wallet-${control}`}
            >
              <Icon aria-hidden />
              {labels[control]}
            </Button>
          );
        })}
      </div>
      {why.map(({ control, why: text }) => (
        <p key={control} id={`${reasonId}-why-${control}`} className="text-xs text-ink-muted" data-testid={`wallet-${control}-why`}>
          {text}
        </p>
      ))}
      {dialog("freeze", {
        title: fill(m.freeze.title, { id: wallet.id }),
        description: m.freeze.body,
        submitLabel: m.freeze.confirm,
        danger: true,
        children: <FreezeCategoryField id={`${reasonId}-category`} error={open === "freeze" ? fieldErrors.reasonCode : undefined} />,
      })}
      {dialog("unfreeze", {
        title: fill(m.unfreeze.title, { id: wallet.id }),
        description: wallet.frozen ? fill(m.unfreeze.body, { name: wallet.frozen.byName, at: wallet.frozen.at, category: wallet.frozen.reasonCode ? m.freezeReasons[wallet.frozen.reasonCode] : "—", reason: wallet.frozen.reason }) : "",
        submitLabel: m.unfreeze.confirm,
      })}
      {dialog("limits", {
        title: fill(m.limitsForm.title, { id: wallet.id }),
        description: fill(m.limitsForm.body, { tier: tierNumeral(wallet.tier) }),
        submitLabel: m.limitsForm.confirm,
        wide: true,
        children: <LimitFields key={wallet.version} current={wallet.limits} maxima={wallet.maxima} errors={open === "limits" ? fieldErrors : {}} />,
      })}
      {dialog("close", { title: fill(m.close.title, { id: wallet.id }), description: m.close.body, submitLabel: m.close.confirm, danger: true })}
    </div>
  );
}
