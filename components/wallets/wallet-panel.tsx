// The customer's wallet on the 360 view: status, tier, balance, limits with what has been used against
// them today and this year, who froze or closed it and why, and the controls the viewer's roles allow.
import type { ReactNode } from "react";
import { Card, CardBody } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { WalletControls, type WalletControlsProps } from "@/components/wallets/wallet-controls";
import { WalletStatusBadge } from "@/components/wallets/wallet-status-badge";
import { can } from "@/lib/auth/permissions";
import type { StaffSession } from "@/lib/auth/session";
import { tierNumeral } from "@/lib/i18n/glossary";
import { getTranslator } from "@/lib/i18n/server";
import { CATALOGUES, fill, type Locale, type Translate } from "@/lib/i18n/translate";
import { fenToYuanText, formatCny } from "@/lib/money";
import { formatDateTime } from "@/lib/time";
import { closeRefusal, freezeRefusal, limitsRefusal, unfreezeRefusal } from "@/lib/wallets/policy";
import { getWalletPanel, type WalletPanelData } from "@/lib/wallets/queries";

function Row({ label, children, testId }: { label: ReactNode; children: ReactNode; testId?: string }) {
  return (
    <div className="grid grid-cols-[7.5rem_1fr] gap-2 py-1.5 text-sm">
      <dt className="text-ink-muted">{label}</dt>
      <dd className="min-w-0 break-words text-ink" data-testid={testId}>
        {children}
      </dd>
    </div>
  );
}

function LimitRow({ label, limitFen, usedFen, usedLabel, maximumLabel, locale }: { label: string; limitFen: bigint; usedFen: bigint | null; usedLabel: string; maximumLabel: string; locale: Locale }) {
  return (
    <Row label={label}>
      <span className="num font-medium">{formatCny(limitFen, locale)}</span>
      <span className="block text-xs text-ink-subtle">
        {usedFen !== null ? `${fill(usedLabel, { amount: formatCny(usedFen, locale) })} · ` : null}
        {maximumLabel}
      </span>
    </Row>
  );
}

/** What each control may do for this viewer now; null where their roles do not offer it at all. */
function offers(wallet: WalletPanelData, staff: StaffSession, t: Translate, locale: Locale): WalletControlsProps["wallet"]["offers"] {
  const verdict = (permitted: boolean, refusal: { key: Parameters<typeof t>[0] } | null, values?: Record<string, string>) => {
    if (!permitted) return null;
    return refusal ? { allowed: false as const, why: t(refusal.key, values) } : { allowed: true as const };
  };
  const shown = (status: WalletPanelData["status"][]) => status.includes(wallet.status);
  const state = { status: wallet.status, balanceFen: wallet.balanceFen, frozenById: wallet.frozen?.byId ?? null };
  return {
    freeze: shown(["ACTIVE"]) ? verdict(can(staff.roles, "wallet:freeze"), freezeRefusal(state)) : null,
    unfreeze: shown(["FROZEN"]) ? verdict(can(staff.roles, "wallet:unfreeze"), unfreezeRefusal(state, staff.id)) : null,
    limits: shown(["ACTIVE", "FROZEN"]) ? verdict(can(staff.roles, "wallet:adjust-limits"), limitsRefusal(state)) : null,
    close: shown(["ACTIVE", "PENDING_KYC"]) ? verdict(can(staff.roles, "wallet:close"), closeRefusal(state), { amount: formatCny(wallet.balanceFen, locale) }) : null,
  };
}

export async function WalletPanel({ customerId, staff }: { customerId: string; staff: StaffSession }) {
  const { t, locale } = await getTranslator();
  const m = CATALOGUES[locale].wallets;
  const wallet = await getWalletPanel(customerId);
  if (!wallet) {
    return (
      <Card title={m.title} data-testid="wallet-panel">
        <EmptyState title={m.none} />
      </Card>
    );
  }
  const money = (fen: bigint) => formatCny(fen, locale);
  const time = (at: Date | null) => (at ? formatDateTime(at, locale) : "—");
  const maximum = (fen: bigint) => fill(m.tierMaximum, { tier: tierNumeral(wallet.tier), amount: money(fen) });
  const controls: WalletControlsProps["wallet"] = {
    id: wallet.id,
    version: wallet.version,
    tier: wallet.tier,
    offers: offers(wallet, staff, t, locale),
    limits: { singleLimit: fenToYuanText(wallet.limits.singleFen), dailyLimit: fenToYuanText(wallet.limits.dailyFen), annualLimit: fenToYuanText(wallet.limits.annualFen) },
    maxima: { singleLimit: money(wallet.tierMaximum.singleFen), dailyLimit: money(wallet.tierMaximum.dailyFen), annualLimit: money(wallet.tierMaximum.annualFen) },
    frozen: wallet.frozen ? { byName: wallet.frozen.byName ?? m.unknownStaff, at: time(wallet.frozen.at), reasonCode: wallet.frozen.reasonCode, reason: wallet.frozen.reason ?? "—" } : null,
  };

  return (
    <Card title={m.title} actions={<WalletStatusBadge status={wallet.status} label={m.status[wallet.status]} testId="wallet-status" />} data-testid="wallet-panel" data-version={wallet.version}>
      <CardBody className="flex flex-col gap-3 py-3">
        <dl className="divide-y divide-border">
          <Row label={m.walletId}>
            <span className="font-mono text-[13px]">{wallet.id}</span>
          </Row>
          <Row label={m.tier}>{fill(m.tierValue, { tier: tierNumeral(wallet.tier) })}</Row>
          <Row label={m.balance} testId="wallet-balance">
            <span className="num text-base font-semibold text-ink-strong">{money(wallet.balanceFen)}</span>
          </Row>
          <LimitRow label={m.limitSingle} limitFen={wallet.limits.singleFen} usedFen={null} usedLabel="" maximumLabel={maximum(wallet.tierMaximum.singleFen)} locale={locale} />
          <LimitRow label={m.limitDaily} limitFen={wallet.limits.dailyFen} usedFen={wallet.usedTodayFen} usedLabel={m.usedToday} maximumLabel={maximum(wallet.tierMaximum.dailyFen)} locale={locale} />
          <LimitRow label={m.limitAnnual} limitFen={wallet.limits.annualFen} usedFen={wallet.usedThisYearFen} usedLabel={m.usedThisYear} maximumLabel={maximum(wallet.tierMaximum.annualFen)} locale={locale} />
          <Row label={m.opened}>{time(wallet.createdAt)}</Row>
          {wallet.activatedAt ? <Row label={m.activated}>{time(wallet.activatedAt)}</Row> : null}
          {wallet.frozen ? (
            <>
              <Row label={m.frozenBy} testId="wallet-frozen-by">{wallet.frozen.byName ?? m.unknownStaff}</Row>
              <Row label={m.frozenAt}>{time(wallet.frozen.at)}</Row>
              <Row label={m.freezeCategory} testId="wallet-freeze-category">{wallet.frozen.reasonCode ? m.freezeReasons[wallet.frozen.reasonCode] : "—"}</Row>
              <Row label={m.freezeReason} testId="wallet-freeze-reason">{wallet.frozen.reason ?? "—"}</Row>
            </>
          ) : null}
          {wallet.closed ? (
            <>
              <Row label={m.closedBy}>{wallet.closed.byName ?? m.unknownStaff}</Row>
              <Row label={m.closedAt}>{time(wallet.closed.at)}</Row>
              <Row label={m.closeReason}>{wallet.closed.reason ?? "—"}</Row>
            </>
          ) : null}
        </dl>
        <WalletControls wallet={controls} />
      </CardBody>
    </Card>
  );
}
