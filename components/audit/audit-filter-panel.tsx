// The filter card: reads the values the selects offer, then renders the form.
import { Card, CardBody } from "@/components/ui/card";
import { AuditFilterForm, type AuditFilterFormProps } from "@/components/audit/audit-filter-form";
import { auditActionLabel, auditEntityLabel } from "@/lib/audit/labels";
import { auditFilterOptions } from "@/lib/audit/queries";
import { getTranslator } from "@/lib/i18n/server";

type Option = { value: string; label: string };

/** A value from the URL that no option offers still shows as selected, instead of "all" while it filters. */
function withCurrent(options: Option[], current: string | undefined): Option[] {
  return current && !options.some((option) => option.value === current) ? [...options, { value: current, label: current }] : options;
}

export async function AuditFilterPanel({ values, invalid }: Pick<AuditFilterFormProps, "values" | "invalid">) {
  const [{ t }, found] = await Promise.all([getTranslator(), auditFilterOptions()]);
  const options: AuditFilterFormProps["options"] = {
    staff: withCurrent(found.staff.map((s) => ({ value: s.id, label: `${s.name} (${s.email})` })), values.actor),
    actions: withCurrent(
      found.actions.map((action) => {
        const label = auditActionLabel(t, action);
        return { value: action, label: label === action ? action : `${label} · ${action}` };
      }),
      values.action,
    ),
    entityTypes: withCurrent(found.entityTypes.map((type) => ({ value: type, label: auditEntityLabel(t, type) })), values.entityType),
    outcomes: (["SUCCESS", "FAILURE"] as const).map((outcome) => ({ value: outcome, label: t(`audit.outcome.${outcome}`) })),
  };
  return (
    <Card title={t("audit.filters.title")}>
      <CardBody>
        {/* Keyed by the URL's values: defaultValue is read once, and a new search must show its own. */}
        <AuditFilterForm key={JSON.stringify(values)} values={values} invalid={invalid} options={options} />
      </CardBody>
    </Card>
  );
}
