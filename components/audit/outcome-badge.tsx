import { Badge } from "@/components/ui/badge";

// Successes stay quiet so that failures (refused sign-ins, forbidden attempts) stand out in a long list.
export function OutcomeBadge({ outcome, label }: { outcome: "SUCCESS" | "FAILURE"; label: string }) {
  return (
    <Badge tone={outcome === "FAILURE" ? "danger" : "neutral"} dot data-outcome={outcome}>
      {label}
    </Badge>
  );
}
