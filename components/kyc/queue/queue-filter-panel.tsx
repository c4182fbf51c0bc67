// The filter card: reads what the selects offer (provinces, compliance staff), then renders the form.
import { Card, CardBody } from "@/components/ui/card";
import { QueueFilterForm } from "@/components/kyc/queue/queue-filter-form";
import { queueFilterOptions } from "@/lib/kyc/queue/queries";
import type { QueueFilters, QueueSort } from "@/lib/kyc/queue/schemas";

export async function QueueFilterPanel({ filters, sort }: { filters: QueueFilters; sort: QueueSort }) {
  const options = await queueFilterOptions();
  return (
    <Card>
      <CardBody className="py-3">
        {/* Keyed by the view: defaultValue is read once, and a new view must show its own values. */}
        <QueueFilterForm key={JSON.stringify([filters, sort])} filters={filters} sort={sort} provinces={options.provinces} officers={options.officers} />
      </CardBody>
    </Card>
  );
}
