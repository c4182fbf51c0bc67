// Customers as a dense list: the name (linking to the 360, its id beneath) and what tells namesakes apart,
// with the personal data masked. The place wraps rather than pushing the table past 1280 px.
import { WalletStatusBadge, CustomerRiskBadge } from "@/components/customers/badges";
import { fill } from "@/lib/i18n/fill";
import { cellClassName, PlainTable } from "@/components/ui/plain-table";
import { TextLink } from "@/components/ui/text-link";
import type { CustomerRow } from "@/lib/customers/search/read";
import { tierNumeral } from "@/lib/i18n/glossary";
import { placeName } from "@/lib/i18n/regions";
import { formatDate } from "@/lib/time";
import { getLocale, getMessages } from "@/lib/i18n/server";

export async function CustomerTable({ rows }: { rows: CustomerRow[] }) {
  const [{ customers: m }, locale] = await Promise.all([getMessages(), getLocale()]);
  const c = m.results.columns;
  const headers = [c.name, c.phone, c.idNumber, c.region, c.wallet, c.tier, c.risk, c.registered].map((label) => ({ label }));
  const td = `${cellClassName} whitespace-nowrap`;
  return (
    <PlainTable caption={m.results.caption} headers={headers} testId="customer-results">
      {rows.map((row) => (
        <tr key={row.id} className="group/row hover:bg-surface-hover" data-testid="customer-result" data-customer-id={row.id} data-customer-name={row.name}>
          <td className={td}>
            <TextLink href={`/customers/${row.id}`} className="font-medium" translate="no">
              {row.name}
            </TextLink>
            <span className="block font-mono text-xs text-ink-subtle">{row.id}</span>
          </td>
          <td className={`${td} font-mono text-[13px]`}>{row.phoneMasked}</td>
          <td className={`${td} font-mono text-[13px]`}>{row.idNumberMasked}</td>
          <td className={cellClassName}>{placeName(row.province, row.city, locale)}</td>
          <td className={td}>{row.wallet ? <WalletStatusBadge status={row.wallet.status} /> : <span className="text-ink-subtle">{m.noWallet}</span>}</td>
          <td className={td}>{row.wallet ? fill(m.tier, { tier: tierNumeral(row.wallet.tier) }) : m.noValue}</td>
          <td className={td}>
            <CustomerRiskBadge level={row.riskLevel} />
          </td>
          <td className={`${td} num`}>{formatDate(row.createdAt, locale)}</td>
        </tr>
      ))}
    </PlainTable>
  );
}
