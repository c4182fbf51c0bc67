// One wallet's transactions for the customer 360's tab: the search, table, drawer and pages of
// /transactions, scoped on the server to this wallet (the (wallet_id, created_at, id) index), with every
// link staying on `basePath`. The wallet comes from the customer the page loaded, never from the URL.
import { TransactionSearch } from "@/components/transactions/transaction-search";
import { can } from "@/lib/auth/permissions";
import { getStaffSession } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { AlertBanner } from "@/components/ui/alert-banner";

export async function CustomerTransactions(props: {
  walletId: string;
  customerId: string;
  searchParams: Record<string, string | string[] | undefined>;
  basePath: string;
}) {
  const staff = await getStaffSession();
  const { t } = await getTranslator();
  if (!staff || !can(staff.roles, "transaction:view")) {
    return <AlertBanner tone="neutral" testId="customer-transactions-forbidden">{t("actions.forbidden")}</AlertBanner>;
  }
  return <TransactionSearch staff={staff} params={props.searchParams} basePath={props.basePath} walletId={props.walletId} />;
}
