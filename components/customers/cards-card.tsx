// The wallet's linked bank cards: bank, BIN and last four only (PCI DSS 3.4.1), type, status, when linked.
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { CardStatusBadge } from "@/components/customers/badges";
import { cellClassName, PlainTable } from "@/components/ui/plain-table";
import { getCustomerCards } from "@/lib/customers/profile/queries";
import { bankNameIn } from "@/lib/sim/data/banks";
import { formatDate } from "@/lib/time";
import { getLocale, getMessages } from "@/lib/i18n/server";

export async function CardsCard({ walletId }: { walletId: string | null }) {
  const [{ customers: m }, locale] = await Promise.all([getMessages(), getLocale()]);
  const c = m.cards;
  const rows = walletId ? await getCustomerCards(walletId) : [];
  return (
    <Card title={c.title} description={c.description} data-testid="customer-cards">
      {rows.length === 0 ? (
        <EmptyState title={walletId ? c.empty : c.noWallet} className="py-6" />
      ) : (
        <PlainTable caption={c.caption} headers={[c.bank, c.number, c.type, c.status, c.linked].map((label) => ({ label }))}>
          {rows.map((card) => (
            <tr key={card.id} className="group/row" data-testid="customer-card">
              <td className={cellClassName}>{bankNameIn(card.bankName, locale)}</td>
              <td className={`${cellClassName} num font-mono text-[13px] whitespace-nowrap`}>
                {card.bin} •••• {card.last4}
              </td>
              <td className={`${cellClassName} whitespace-nowrap`}>{c.types[card.cardType]}</td>
              <td className={cellClassName}>
                <CardStatusBadge status={card.status} />
              </td>
              <td className={`${cellClassName} num whitespace-nowrap`}>{formatDate(card.linkedAt, locale)}</td>
            </tr>
          ))}
        </PlainTable>
      )}
    </Card>
  );
}
