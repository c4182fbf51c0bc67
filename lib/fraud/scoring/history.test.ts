// historyAt over a hand-made timeline: the window's edges, rows at the same instant ordered by id, a
// proposed transaction (no id) after every row at its instant, and the last activity before the window.
import { describe, expect, it } from "vitest";
import type { ScoredTransaction } from "@/lib/fraud/rules/types";
import { HISTORY_MS, historyAt, type WalletTimeline } from "@/lib/fraud/scoring/history";

const base = Date.parse("2026-11-01T00:00:00Z");
const DAY = 86_400_000;

function row(id: number, at: number): ScoredTransaction {
  return {
    id: BigInt(id),
    walletId: "W1",
    type: "PAYMENT",
    status: "SUCCEEDED",
    amountFen: 100n,
    channel: "QR",
    mcc: null,
    merchantName: null,
    counterpartyWalletId: null,
    counterpartyName: null,
    cardId: null,
    country: "CN",
    crossBorder: false,
    deviceId: "d",
    ip: "10.0.0.1",
    createdAt: new Date(at),
  };
}

function timeline(rows: ScoredTransaction[], lastBefore: Date | null = null): WalletTimeline {
  return {
    walletId: "W1",
    rows,
    times: Float64Array.from(rows.map((r) => r.createdAt.getTime())),
    lastActivityBeforeSpan: lastBefore,
    customer: { id: "C1", createdAt: new Date(base - 400 * DAY), province: "上海", city: "上海" },
    wallet: { id: "W1", activatedAt: null, tier: 2 },
  };
}

const ids = (history: { prior: readonly ScoredTransaction[] }) => history.prior.map((p) => Number(p.id));

describe("historyAt", () => {
  const rows = [row(1, base), row(2, base + DAY), row(5, base + 40 * DAY), row(3, base + 41 * DAY), row(4, base + 41 * DAY), row(6, base + 41 * DAY)];
  const t = timeline(rows, new Date(base - 100 * DAY));

  it("keeps rows strictly before the transaction by time, then id", () => {
    expect(ids(historyAt(t, { walletId: "W1", createdAt: new Date(base + 41 * DAY), id: 4n }))).toEqual([5, 3]);
    expect(ids(historyAt(t, { walletId: "W1", createdAt: new Date(base + 41 * DAY), id: 3n }))).toEqual([5]);
  });

  it("puts a proposed transaction after every row at its instant", () => {
    expect(ids(historyAt(t, { walletId: "W1", createdAt: new Date(base + 41 * DAY), id: null }))).toEqual([5, 3, 4, 6]);
  });

  it("reaches back exactly HISTORY_DAYS and reports the latest row before that", () => {
    const at = base + DAY + HISTORY_MS;
    const history = historyAt(t, { walletId: "W1", createdAt: new Date(at), id: 99n });
    expect(ids(history)).toEqual([2]);
    expect(history.lastActivityBeforeWindow?.getTime()).toBe(base);
    const later = historyAt(t, { walletId: "W1", createdAt: new Date(at + 1), id: 99n });
    expect(ids(later)).toEqual([]);
    expect(later.lastActivityBeforeWindow?.getTime()).toBe(base + DAY);
  });

  it("falls back to the activity before the loaded span", () => {
    const history = historyAt(t, { walletId: "W1", createdAt: new Date(base), id: 1n });
    expect(ids(history)).toEqual([]);
    expect(history.lastActivityBeforeWindow?.getTime()).toBe(base - 100 * DAY);
  });

  it("refuses another wallet's transaction", () => {
    expect(() => historyAt(t, { walletId: "W2", createdAt: new Date(base), id: 1n })).toThrow();
  });
});
