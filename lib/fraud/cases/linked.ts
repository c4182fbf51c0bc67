// Other customers linked to an alert's customer: sharing a device, a bank card (BIN + last four), the phone
// number, the ID number, or a counterparty wallet; each with their open alerts, and the same links as a small
// network (customers, devices, cards, counterparties as nodes). Every query is bounded: transactions are read
// only from the LINK_DAYS before the alert, every list is capped, the network has at most NETWORK_MAX nodes.
// Names are masked as a list masks them (lib/privacy/policy.ts): these are other people.
import "server-only";
import { db } from "@/lib/db";
import type { AlertSeverity, AlertStatus, WalletStatus } from "@/lib/generated/prisma/enums";
import { OPEN_ALERT_STATUSES } from "@/lib/fraud/cases/state";
import { maskBankCard } from "@/lib/privacy/mask";
import { showPii } from "@/lib/privacy/policy";

export const LINK_DAYS = 90;
const OWN_DEVICES = 8;
const OWN_COUNTERPARTIES = 12;
const SHARED_ROWS = 80;
export const LINKED_SHOWN = 20;
export const NETWORK_MAX = 60;

export type LinkKind = "device" | "card" | "phone" | "idNumber" | "counterparty";
export type NodeKind = "self" | "customer" | "device" | "card" | "counterparty";

export interface LinkedCustomer {
  id: string;
  name: string;
  walletStatus: WalletStatus | null;
  links: { kind: LinkKind; label: string }[];
  openAlerts: { id: string; severity: AlertSeverity; status: AlertStatus; ruleCode: string }[];
}

export interface NetworkNode {
  id: string;
  kind: NodeKind;
  label: string;
  /** A customer node with open alerts. */
  alerted?: boolean;
}
export interface NetworkEdge {
  source: string;
  target: string;
  kind: LinkKind;
}

export interface LinkedEntities {
  customers: LinkedCustomer[];
  more: number;
  network: { nodes: NetworkNode[]; edges: NetworkEdge[]; truncated: boolean };
}

const deviceLabel = (id: string) => (id.length > 10 ? `…${id.slice(-8)}` : id);
const cardLabel = (bin: string, last4: string) => maskBankCard(`${bin}${"0".repeat(Math.max(0, 12 - bin.length))}${last4}`);

interface Subject {
  customerId: string;
  walletId: string;
  at: Date;
}

export async function getLinkedEntities(subject: Subject): Promise<LinkedEntities> {
  const since = new Date(subject.at.getTime() - LINK_DAYS * 86_400_000);
  const self = await db.customer.findUnique({ where: { id: subject.customerId }, select: { name: true, phone: true, idNumber: true } });
  if (!self) return { customers: [], more: 0, network: { nodes: [], edges: [], truncated: false } };

  const [devices, counterparties, cards] = await Promise.all([
    db.$queryRaw<{ device_id: string }[]>`
      SELECT device_id FROM transaction WHERE wallet_id = ${subject.walletId} AND created_at >= ${since} AND created_at <= ${subject.at}
      GROUP BY device_id ORDER BY count(*) DESC, device_id LIMIT ${OWN_DEVICES}`,
    db.$queryRaw<{ wallet_id: string; name: string | null }[]>`
      SELECT counterparty_wallet_id AS wallet_id, max(counterparty_name) AS name FROM transaction
      WHERE wallet_id = ${subject.walletId} AND counterparty_wallet_id IS NOT NULL AND created_at >= ${since} AND created_at <= ${subject.at}
      GROUP BY counterparty_wallet_id ORDER BY count(*) DESC, counterparty_wallet_id LIMIT ${OWN_COUNTERPARTIES}`,
    db.bankCard.findMany({ where: { walletId: subject.walletId }, orderBy: { linkedAt: "asc" }, take: 6, select: { id: true, bin: true, last4: true } }),
  ]);
  const deviceIds = devices.map((d) => d.device_id);
  const counterpartyIds = counterparties.map((c) => c.wallet_id);

  const [byDevice, byCounterparty, byCard, byIdentity] = await Promise.all([
    deviceIds.length
      ? db.$queryRaw<{ key: string; wallet_id: string }[]>`
          SELECT DISTINCT device_id AS key, wallet_id FROM transaction
          WHERE device_id = ANY(${deviceIds}::text[]) AND wallet_id <> ${subject.walletId} AND created_at >= ${since} LIMIT ${SHARED_ROWS}`
      : Promise.resolve([]),
    counterpartyIds.length
      ? db.$queryRaw<{ key: string; wallet_id: string }[]>`
          SELECT DISTINCT counterparty_wallet_id AS key, wallet_id FROM transaction
          WHERE counterparty_wallet_id = ANY(${counterpartyIds}::text[]) AND wallet_id <> ${subject.walletId} AND created_at >= ${since} LIMIT ${SHARED_ROWS}`
      : Promise.resolve([]),
    cards.length
      ? db.bankCard.findMany({
          where: { OR: cards.map((c) => ({ bin: c.bin, last4: c.last4 })), walletId: { not: subject.walletId } },
          take: SHARED_ROWS,
          select: { bin: true, last4: true, walletId: true },
        })
      : Promise.resolve([]),
    db.customer.findMany({
      where: { id: { not: subject.customerId }, OR: [{ phone: self.phone }, { idNumber: self.idNumber }] },
      take: SHARED_ROWS,
      select: { id: true, phone: true, idNumber: true },
    }),
  ]);

  // Wallets -> customers, for every wallet met on the way (shared devices, cards, counterparties themselves).
  const walletIds = [...new Set([...byDevice.map((r) => r.wallet_id), ...byCounterparty.map((r) => r.wallet_id), ...byCard.map((r) => r.walletId), ...counterpartyIds])];
  const wallets = walletIds.length ? await db.wallet.findMany({ where: { id: { in: walletIds } }, select: { id: true, customerId: true } }) : [];
  const ownerOf = new Map(wallets.map((w) => [w.id, w.customerId]));

  const links = new Map<string, Map<string, { kind: LinkKind; label: string }>>();
  const link = (customerId: string | undefined, kind: LinkKind, key: string, label: string) => {
    if (!customerId || customerId === subject.customerId) return;
    const mine = links.get(customerId) ?? new Map();
    mine.set(`${kind}:${key}`, { kind, label });
    links.set(customerId, mine);
  };
  const counterpartyName = new Map(counterparties.map((c) => [c.wallet_id, c.name]));
  const cpLabel = (walletId: string) => {
    const name = counterpartyName.get(walletId);
    return name ? showPii("list", "name", name) : walletId;
  };
  byDevice.forEach((r) => link(ownerOf.get(r.wallet_id), "device", r.key, deviceLabel(r.key)));
  byCounterparty.forEach((r) => link(ownerOf.get(r.wallet_id), "counterparty", r.key, cpLabel(r.key)));
  byCard.forEach((r) => link(ownerOf.get(r.walletId), "card", `${r.bin}:${r.last4}`, cardLabel(r.bin, r.last4)));
  byIdentity.forEach((c) => {
    if (c.phone === self.phone) link(c.id, "phone", "phone", showPii("list", "phone", c.phone));
    if (c.idNumber === self.idNumber) link(c.id, "idNumber", "idNumber", showPii("list", "idNumber", c.idNumber));
  });

  // Most links first: a ring shows itself by customers sharing several things at once.
  const ranked = [...links.entries()].sort((a, b) => b[1].size - a[1].size || (a[0] < b[0] ? -1 : 1));
  const shown = ranked.slice(0, LINKED_SHOWN).map(([id]) => id);
  const counterpartyOwners = counterpartyIds.map((w) => ownerOf.get(w)).filter((id): id is string => Boolean(id) && id !== subject.customerId);
  const people = [...new Set([...shown, ...counterpartyOwners])];
  const [rows, alerts] = await Promise.all([
    db.customer.findMany({ where: { id: { in: people } }, select: { id: true, name: true, wallet: { select: { status: true } } } }),
    db.fraudAlert.findMany({
      where: { customerId: { in: people }, status: { in: [...OPEN_ALERT_STATUSES] } },
      orderBy: [{ severity: "desc" }, { createdAt: "desc" }],
      take: 200,
      select: { id: true, customerId: true, severity: true, status: true, rule: { select: { code: true } } },
    }),
  ]);
  const byPerson = new Map(rows.map((r) => [r.id, r]));
  const alertsOf = (id: string) => alerts.filter((a) => a.customerId === id).slice(0, 5).map((a) => ({ id: a.id, severity: a.severity, status: a.status, ruleCode: a.rule.code }));
  const nameOf = (id: string) => showPii("list", "name", byPerson.get(id)?.name ?? "");

  const customers: LinkedCustomer[] = shown.flatMap((id) => {
    const row = byPerson.get(id);
    if (!row) return [];
    return [{ id, name: nameOf(id), walletStatus: row.wallet?.status ?? null, links: [...links.get(id)!.values()], openAlerts: alertsOf(id) }];
  });

  return {
    customers,
    more: Math.max(0, ranked.length - LINKED_SHOWN),
    network: buildNetwork({
      self: { id: subject.customerId, label: showPii("list", "name", self.name) },
      devices: deviceIds,
      cards: cards.map((c) => ({ key: `${c.bin}:${c.last4}`, label: cardLabel(c.bin, c.last4) })),
      counterparties: counterpartyIds.map((w) => ({ walletId: w, owner: ownerOf.get(w) ?? null, label: cpLabel(w) })),
      linked: customers.map((c) => ({ id: c.id, label: c.name, alerted: c.openAlerts.length > 0, links: [...links.get(c.id)!.keys()] })),
      alertedOwners: new Set(alerts.map((a) => a.customerId)),
    }),
  };
}

interface NetworkInput {
  self: { id: string; label: string };
  devices: string[];
  cards: { key: string; label: string }[];
  counterparties: { walletId: string; owner: string | null; label: string }[];
  linked: { id: string; label: string; alerted: boolean; links: string[] }[];
  alertedOwners: Set<string>;
}

/** Nodes and edges, the subject's own things first, then linked customers until NETWORK_MAX nodes. */
function buildNetwork(input: NetworkInput): LinkedEntities["network"] {
  const nodes = new Map<string, NetworkNode>();
  const edges: NetworkEdge[] = [];
  let truncated = false;
  const add = (node: NetworkNode) => {
    if (nodes.has(node.id)) return true;
    if (nodes.size >= NETWORK_MAX) {
      truncated = true;
      return false;
    }
    nodes.set(node.id, node);
    return true;
  };
  const selfId = `customer:${input.self.id}`;
  add({ id: selfId, kind: "self", label: input.self.label, alerted: true });
  for (const device of input.devices) if (add({ id: `device:${device}`, kind: "device", label: deviceLabel(device) })) edges.push({ source: selfId, target: `device:${device}`, kind: "device" });
  for (const card of input.cards) if (add({ id: `card:${card.key}`, kind: "card", label: card.label })) edges.push({ source: selfId, target: `card:${card.key}`, kind: "card" });
  for (const cp of input.counterparties) {
    const id = `counterparty:${cp.walletId}`;
    if (add({ id, kind: "counterparty", label: cp.label, alerted: cp.owner ? input.alertedOwners.has(cp.owner) : false })) edges.push({ source: selfId, target: id, kind: "counterparty" });
  }
  for (const person of input.linked) {
    const id = `customer:${person.id}`;
    if (!add({ id, kind: "customer", label: person.label, alerted: person.alerted })) continue;
    for (const key of person.links) {
      const [kind, ...rest] = key.split(":") as [LinkKind, ...string[]];
      const value = rest.join(":");
      // Phone and ID number are not nodes of their own: the link runs straight to the subject.
      const target = kind === "phone" || kind === "idNumber" ? selfId : `${kind}:${value}`;
      if (nodes.has(target)) edges.push({ source: id, target, kind });
    }
  }
  return { nodes: [...nodes.values()], edges, truncated };
}
