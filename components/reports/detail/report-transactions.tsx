// The report's transactions in time order: time, type, direction, amount (¥, and the original currency for
// a cross-border one), currency, channel, counterparty (masked as lists mask names) and device / IP.
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { cellClassName, PlainTable } from "@/components/ui/plain-table";
import { getTranslator } from "@/lib/i18n/server";
import { formatCny, formatForeign } from "@/lib/money";
import { showPii } from "@/lib/privacy/policy";
import type { ReportDetail } from "@/lib/reports/detail/read";
import { directionOf } from "@/lib/reports/large-value/classify";
import { labelOr } from "@/lib/reports/list/format";
import { formatDateTime } from "@/lib/time";

export async function ReportTransactions({ transactions }: { transactions: ReportDetail["transactions"] }) {
  const { t, locale } = await getTranslator();
  const h = (key: "time" | "type" | "direction" | "amount" | "currency" | "channel" | "counterparty" | "device") => t(`reports.detail.transactions.${key}`);
  return (
    <Card title={t("reports.detail.transactions.title")} data-testid="report-transactions">
      {transactions.length === 0 ? (
        <EmptyState title={t("reports.detail.transactions.empty")} className="py-6" />
      ) : (
        <PlainTable
          caption={t("reports.detail.transactions.caption")}
          testId="report-transactions-table"
          headers={[{ label: h("time") }, { label: h("type") }, { label: h("direction") }, { label: h("amount"), align: "end" }, { label: h("currency") }, { label: h("channel") }, { label: h("counterparty") }, { label: h("device") }]}
        >
          {transactions.map((tx) => {
            const direction = directionOf(tx.type);
            const counterparty = tx.counterpartyName !== null ? showPii("list", "name", tx.counterpartyName) : (tx.merchantName ?? tx.counterpartyWalletId);
            return (
              <tr key={tx.id.toString()} className="group/row" data-testid="report-transaction">
                <td className={`${cellClassName} num whitespace-nowrap`}>{formatDateTime(tx.createdAt, locale)}</td>
                <td className={cellClassName}>{t(`transactions.type.${tx.type}`)}</td>
                <td className={cellClassName}>{direction ? labelOr(t, `reports.directions.${direction}`, direction) : "—"}</td>
                <td className={`${cellClassName} num text-right whitespace-nowrap`}>
                  {formatCny(tx.amountFen, locale)}
                  {tx.currency !== "CNY" && tx.originalAmountMinor !== null ? (
                    <span className="block text-xs text-ink-subtle">{formatForeign(tx.originalAmountMinor, tx.currency, locale)}</span>
                  ) : null}
                </td>
                <td className={`${cellClassName} font-mono`}>{tx.currency}</td>
                <td className={cellClassName}>{t(`transactions.channel.${tx.channel}`)}</td>
                <td className={cellClassName} translate="no">
                  {counterparty ?? "—"}
                </td>
                <td className={`${cellClassName} font-mono text-xs`} translate="no">
                  {tx.deviceId}
                  <span className="block text-ink-subtle">{tx.ip}</span>
                </td>
              </tr>
            );
          })}
        </PlainTable>
      )}
    </Card>
  );
}
