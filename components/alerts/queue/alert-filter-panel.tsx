// The filter card: reads what the selects offer (rules from the registry, staff who work alerts), then
// renders the form.
import { Card, CardBody } from "@/components/ui/card";
import { AlertFilterForm } from "@/components/alerts/queue/alert-filter-form";
import { getLocale } from "@/lib/i18n/server";
import { alertOfficers } from "@/lib/fraud/queue/queries";
import { ruleOptions } from "@/lib/fraud/queue/rule-names";
import type { AlertFilters, AlertSort } from "@/lib/fraud/queue/schemas";

export async function AlertFilterPanel({ filters, sort }: { filters: AlertFilters; sort: AlertSort }) {
  const [officers, locale] = await Promise.all([alertOfficers(), getLocale()]);
  return (
    <Card>
      <CardBody className="py-3">
        {/* Keyed by the view: defaultValue is read once, and a new view must show its own values. */}
        <AlertFilterForm key={JSON.stringify([filters, sort])} filters={filters} sort={sort} rules={ruleOptions(locale)} officers={officers} />
      </CardBody>
    </Card>
  );
}
