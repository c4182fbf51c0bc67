// The locked reports as build.ts wants them: each with its customer (whole: the file is the one place the
// full ID number goes), its wallet, its transactions in time order and who was on their other side.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ExportCounterparty, ExportReport } from "@/lib/reports/export/elements";
import { ruleSetVersion, type RuleSet } from "@/lib/reports/rules/rule-set";
import type { ThresholdCode } from "@/lib/reports/fields";

type Tx = Prisma.TransactionClient;

const transactionSelect = {
  id: true,
  createdAt: true,
  type: true,
  amountFen: true,
  currency: true,
  originalAmountMinor: true,
  channel: true,
  merchantName: true,
  counterpartyWalletId: true,
  counterpartyName: true,
  cardId: true,
  deviceId: true,
  ip: true,
} satisfies Prisma.TransactionSelect;

const reportSelect = {
  id: true,
  reference: true,
  version: true,
  ruleSetVersion: true,
  thresholdCode: true,
  trigger: true,
  crimeType: true,
  characteristicCodes: true,
  narrativeFacts: true,
  narrativeAnalysis: true,
  urgent: true,
  draftedBy: { select: { name: true } },
  submittedBy: { select: { name: true } },
  corrects: { select: { reference: true, export: { select: { fileName: true } } } },
  customer: {
    select: { name: true, idNumber: true, nationality: true, occupation: true, phone: true, address: true, wallet: { select: { id: true, tier: true } } },
  },
  transactions: { select: { transaction: { select: transactionSelect } } },
} satisfies Prisma.RegulatoryReportSelect;

type TransactionRow = Prisma.TransactionGetPayload<{ select: typeof transactionSelect }>;

async function counterparties(tx: Tx, rows: TransactionRow[]): Promise<(row: TransactionRow) => ExportCounterparty> {
  const walletIds = [...new Set(rows.flatMap((row) => (row.counterpartyWalletId ? [row.counterpartyWalletId] : [])))];
  const cardIds = [...new Set(rows.flatMap((row) => (row.cardId ? [row.cardId] : [])))];
  const [wallets, cards] = await Promise.all([
    tx.wallet.findMany({ where: { id: { in: walletIds } }, select: { id: true, customer: { select: { name: true, idNumber: true } } } }),
    tx.bankCard.findMany({ where: { id: { in: cardIds } }, select: { id: true, holderName: true, bin: true, last4: true, bankName: true } }),
  ]);
  const walletById = new Map(wallets.map((wallet) => [wallet.id, wallet]));
  const cardById = new Map(cards.map((card) => [card.id, card]));
  return (row) => {
    const wallet = row.counterpartyWalletId ? walletById.get(row.counterpartyWalletId) : undefined;
    if (wallet) return { kind: "customer", name: wallet.customer.name, idNumber: wallet.customer.idNumber, walletId: wallet.id };
    const card = row.cardId ? cardById.get(row.cardId) : undefined;
    if (card) return { kind: "card", holderName: card.holderName, bin: card.bin, last4: card.last4, bankName: card.bankName };
    const name = row.merchantName ?? row.counterpartyName;
    return name ? { kind: "named", name } : { kind: "unknown" };
  };
}

/** The reports (already locked by the caller), in reference order, and each one's version before the export. */
export async function readExportRows(tx: Tx, ids: string[]): Promise<{ reports: ExportReport[]; versions: Map<string, number> }> {
  const rows = await tx.regulatoryReport.findMany({ where: { id: { in: ids } }, orderBy: { reference: "asc" }, select: reportSelect });
  const counterpartyOf = await counterparties(tx, rows.flatMap((row) => row.transactions.map((link) => link.transaction)));
  const ruleSets = new Map<number, RuleSet | null>();
  for (const version of new Set(rows.map((row) => row.ruleSetVersion))) ruleSets.set(version, await ruleSetVersion(tx, version));

  const reports = rows.map((row): ExportReport => {
    const thresholds = ruleSets.get(row.ruleSetVersion)?.thresholds;
    const transactions = row.transactions
      .map((link) => link.transaction)
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : 1));
    return {
      id: row.id,
      reference: row.reference,
      largeValueCode: row.thresholdCode && thresholds ? (thresholds[row.thresholdCode as ThresholdCode]?.reportCode ?? null) : null,
      corrects: row.corrects ? { reference: row.corrects.reference, fileName: row.corrects.export?.fileName ?? null } : null,
      str: {
        trigger: row.trigger,
        crimeType: row.crimeType,
        characteristicCodes: row.characteristicCodes,
        narrativeFacts: row.narrativeFacts,
        narrativeAnalysis: row.narrativeAnalysis,
        urgent: row.urgent,
        reporterName: row.draftedBy?.name ?? row.submittedBy?.name ?? null,
      },
      customer: {
        name: row.customer.name,
        idNumber: row.customer.idNumber,
        nationality: row.customer.nationality,
        occupation: row.customer.occupation,
        phone: row.customer.phone,
        address: row.customer.address,
        walletId: row.customer.wallet?.id ?? null,
        tier: row.customer.wallet?.tier ?? null,
      },
      transactions: transactions.map((t) => ({
        id: t.id,
        createdAt: t.createdAt,
        type: t.type,
        amountFen: t.amountFen,
        currency: t.currency,
        originalAmountMinor: t.originalAmountMinor,
        channel: t.channel,
        merchantName: t.merchantName,
        deviceId: t.deviceId,
        ip: t.ip,
        counterparty: counterpartyOf(t),
      })),
    };
  });
  return { reports, versions: new Map(rows.map((row) => [row.id, row.version])) };
}
